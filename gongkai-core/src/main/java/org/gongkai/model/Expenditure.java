package org.gongkai.model;

import java.util.List;

/**
 * 支出说明: total expenditure, 基本支出 split into 人员经费 and 公用经费, 项目支出, each with what the
 * statement says of last year, and the sentences on single function headings.
 *
 * @param fiscalGrant  财政拨款支出 where the statement gives it separately (Shanghai)
 * @param byFund       财政拨款支出 by fund as stated (一般公共预算拨款支出, 政府性基金, 国有资本经营)
 * @param projectNote  what the statement says the projects are, e.g. 科技奖励等项目
 * @param reserve      单位预留机动经费 where the template makes it a third part of the total besides 基本支出
 *                     and 项目支出 (Jiangsu), else null
 * @param byEconomicClass 基本支出 by 经济分类 类 and 款 where the statement details it line by line (Jiangsu)
 * @param fiscalGrantBasic 财政拨款基本支出 where the statement states it apart from a 基本支出 of all funds that differs
 *                     from it (Jiangsu's note on its 财政拨款基本支出 table): the whole that {@code personnel} and
 *                     {@code publicCosts} then divide, else null
 */
public record Expenditure(
        Figure total,
        Figure fiscalGrant,
        List<IncomeLine> byFund,
        Figure basic,
        Figure personnel,
        Figure publicCosts,
        Figure project,
        String projectNote,
        List<FunctionSpending> byFunction,
        String note,
        Figure reserve,
        List<EconomicSpending> byEconomicClass,
        Figure fiscalGrantBasic) {

    public Expenditure {
        byFund = byFund == null ? List.of() : List.copyOf(byFund);
        byFunction = byFunction == null ? List.of() : List.copyOf(byFunction);
        byEconomicClass = byEconomicClass == null ? List.of() : List.copyOf(byEconomicClass);
    }

    /** An expenditure whose 人员经费 and 公用经费, if stated, divide its 基本支出. */
    public Expenditure(Figure total, Figure fiscalGrant, List<IncomeLine> byFund, Figure basic, Figure personnel,
            Figure publicCosts, Figure project, String projectNote, List<FunctionSpending> byFunction, String note,
            Figure reserve, List<EconomicSpending> byEconomicClass) {
        this(total, fiscalGrant, byFund, basic, personnel, publicCosts, project, projectNote, byFunction, note, reserve,
                byEconomicClass, null);
    }

    /** The 基本支出 that 人员经费 and 公用经费 divide: the 财政拨款 part where the statement states it apart. */
    public Figure basicOfPersonnelAndPublic() {
        return fiscalGrantBasic != null ? fiscalGrantBasic : basic;
    }

    /** An expenditure whose statement does not detail its basic expenditure by economic class. */
    public Expenditure(Figure total, Figure fiscalGrant, List<IncomeLine> byFund, Figure basic, Figure personnel,
            Figure publicCosts, Figure project, String projectNote, List<FunctionSpending> byFunction, String note,
            Figure reserve) {
        this(total, fiscalGrant, byFund, basic, personnel, publicCosts, project, projectNote, byFunction, note, reserve,
                List.of());
    }

    /** An expenditure of a template whose total is 基本支出 plus 项目支出 alone. */
    public Expenditure(Figure total, Figure fiscalGrant, List<IncomeLine> byFund, Figure basic, Figure personnel,
            Figure publicCosts, Figure project, String projectNote, List<FunctionSpending> byFunction, String note) {
        this(total, fiscalGrant, byFund, basic, personnel, publicCosts, project, projectNote, byFunction, note, null);
    }
}
