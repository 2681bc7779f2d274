package org.gongkai.model;

/**
 * What a 决算's 政府采购 went to small and medium enterprises: awarded to 中小企业 in the projects reserved
 * for them, to 小微企业 in the projects reserved for those, and to 中小企业 in the other projects.
 */
public record SmeAwards(Amount inSmeReserved, Amount inSmallMicroReserved, Amount inOtherProjects) {}
