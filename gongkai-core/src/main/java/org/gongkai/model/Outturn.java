package org.gongkai.model;

import java.math.BigDecimal;

/**
 * A statement sentence comparing a line's 决算 with its 预算: 一般公共服务支出（类）财政事务（款）行政运行（项）。
 * 主要用于…。年初预算为1560.05万元，支出决算为1511.89万元。决算数小于预算数的主要原因：…. Every part is as
 * stated, {@code null} when the sentence does not state it.
 *
 * @param code           the classification code of the line, when known (2010601)
 * @param name           the line as the statement names it
 * @param purpose        主要用于…
 * @param budget         年初预算
 * @param adjustedBudget 调整预算, where stated
 * @param outturn        支出决算
 * @param completionRate 完成年初预算的x%: the percentage as stated (98.20)
 * @param comparison     the word the sentence compares with (大于, 小于, 等于, 持平)
 * @param reason         the reason given for the difference
 */
public record Outturn(
        String code,
        String name,
        String purpose,
        Amount budget,
        Amount adjustedBudget,
        Amount outturn,
        BigDecimal completionRate,
        OutturnComparison comparison,
        String reason) {

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
