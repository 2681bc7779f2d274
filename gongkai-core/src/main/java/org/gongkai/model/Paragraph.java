package org.gongkai.model;

/** A headed paragraph of prose (项目概况, 立项依据 ...). */
public record Paragraph(String heading, String text) {}
