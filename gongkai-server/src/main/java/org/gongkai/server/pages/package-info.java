/**
 * The public portal (预决算公开平台): server-rendered pages over the same use cases as the REST API.
 * Home with the regions as a tree, a region's departments and their standing, a department's
 * disclosures by year, a published disclosure with its statement, charts, performance targets,
 * downloads with their SHA-256 and version history, a comparison of two years, and search. Every
 * read passes the asker to the workflow, and every page shows published versions only.
 */
package org.gongkai.server.pages;
