package org.gongkai.model;

import java.math.BigDecimal;

/**
 * One row of 政府采购预算表: project, item, catalogue number, quantity and unit price, the total,
 * and where the money comes from.
 */
public record ProcurementItem(
        String project,
        String item,
        String catalogueCode,
        String quantityUnit,
        BigDecimal quantity,
        Amount unitPrice,
        Amount total,
        Amount generalPublicBudget,
        Amount governmentFund,
        Amount specialAccount,
        Amount otherSources,
        Amount otherChannels) {}
