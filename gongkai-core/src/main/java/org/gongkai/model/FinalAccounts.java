package org.gongkai.model;

import java.util.List;

/**
 * What the statement of a 决算 says beyond a budget's statement. The parts a budget has too stay where
 * they are in {@link Disclosure}: the overview (收入决算 and 支出决算 as {@code overview.income} and
 * {@code overview.expenditure}), 三公 with last year ({@code threePublic}), 机关运行经费, 政府采购, 国有资产 at 31
 * December ({@code assets}), the projects with targets ({@code performance.summary}).
 *
 * @param grandTotal               收入支出总计, with the change against last year and its reason
 * @param shares                   the shares the statement states (收入, 支出, 一般公共预算财政拨款支出结构)
 * @param fiscalGrantTotal         财政拨款收入支出总计, with the change and its reason
 * @param generalBudgetExpenditure 一般公共预算财政拨款支出, with the change and its reason
 * @param generalBudgetOutturn     一般公共预算财政拨款支出 against 年初预算 as a whole
 * @param outturns                 the same for each line (项) the statement explains
 * @param personnelItems           the items 人员经费 is said to include (主要包括：基本工资、津贴补贴…)
 * @param publicItems              the items 公用经费 is said to include (办公费、印刷费…)
 * @param threePublic              三公 (and 会议费, 培训费) against 预算
 * @param governmentFund           the statement on 政府性基金预算财政拨款收入支出 (often: none)
 * @param stateCapital             the statement on 国有资本经营预算财政拨款收入支出
 * @param evaluation               the self-evaluation of performance
 * @param smeAwards                政府采购 awarded to small and medium enterprises
 */
public record FinalAccounts(
        Figure grandTotal,
        List<Share> shares,
        Figure fiscalGrantTotal,
        Figure generalBudgetExpenditure,
        Outturn generalBudgetOutturn,
        List<Outturn> outturns,
        List<String> personnelItems,
        List<String> publicItems,
        ThreePublicOutturn threePublic,
        String governmentFund,
        String stateCapital,
        SelfEvaluation evaluation,
        SmeAwards smeAwards) {

    public FinalAccounts {
        shares = shares == null ? List.of() : List.copyOf(shares);
        outturns = outturns == null ? List.of() : List.copyOf(outturns);
        personnelItems = personnelItems == null ? List.of() : List.copyOf(personnelItems);
        publicItems = publicItems == null ? List.of() : List.copyOf(publicItems);
    }
}
