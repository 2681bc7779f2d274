package org.gongkai.validation.rules;

import java.util.List;
import java.util.function.Function;
import org.gongkai.model.profile.TemplateProfile;
import org.gongkai.validation.Rule;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.RuleSettings;
import org.gongkai.validation.rules.text.LevelLabelsMatchTheTables;
import org.gongkai.validation.rules.text.AssetPositionHasADate;
import org.gongkai.validation.rules.text.ComplementaryPartsAddUp;
import org.gongkai.validation.rules.finalaccounts.StatedFiguresAreFilledIn;
import org.gongkai.validation.rules.finalaccounts.StatedBasicOrProjectAgreesWithTables;
import org.gongkai.validation.rules.acrossdocuments.InitialBudgetIsThePublishedBudget;
import org.gongkai.validation.rules.arithmetic.AssetTotalIsSumOfCategories;
import org.gongkai.validation.rules.arithmetic.BasicExpenditureIsPersonnelPlusPublic;
import org.gongkai.validation.rules.arithmetic.ClassificationHierarchyAddsUp;
import org.gongkai.validation.rules.arithmetic.ExpenditureIsBasicPlusProject;
import org.gongkai.validation.rules.arithmetic.IncomeTotalIsSumOfSources;
import org.gongkai.validation.rules.arithmetic.OperatingCostsAreSumOfItems;
import org.gongkai.validation.rules.arithmetic.ProcurementSplitAddsUp;
import org.gongkai.validation.rules.arithmetic.SummaryTableBalances;
import org.gongkai.validation.rules.arithmetic.TableLineIdentitiesHold;
import org.gongkai.validation.rules.arithmetic.TableTotalIsSumOfLines;
import org.gongkai.validation.rules.arithmetic.ThreePublicTotalIsSumOfItems;
import org.gongkai.validation.rules.completeness.EmptyTableCarriesItsNote;
import org.gongkai.validation.rules.completeness.RequiredSectionsPresent;
import org.gongkai.validation.rules.completeness.RequiredTablesPresent;
import org.gongkai.validation.rules.consistency.OperatingCostsMatchPublicCosts;
import org.gongkai.validation.rules.consistency.PlannedPurchasesAppearInProcurement;
import org.gongkai.validation.rules.consistency.ProjectTargetsWithinProjectExpenditure;
import org.gongkai.validation.rules.consistency.StatementMatchesTables;
import org.gongkai.validation.rules.consistency.TablesAgreeWithEachOther;
import org.gongkai.validation.rules.consistency.ThreePublicCoversBasicSpending;
import org.gongkai.validation.rules.consistency.VehicleCostsMatchVehiclesHeld;
import org.gongkai.validation.rules.deadline.PublishedWithinTwentyDaysOfApproval;
import org.gongkai.validation.rules.finalaccounts.AssetPositionIsAtYearEnd;
import org.gongkai.validation.rules.finalaccounts.BasicIsPersonnelPlusPublic;
import org.gongkai.validation.rules.finalaccounts.BasicItemsNamedHaveFigures;
import org.gongkai.validation.rules.finalaccounts.CompletionRateAgreesWithFigures;
import org.gongkai.validation.rules.finalaccounts.ExpenditureLinesAddUp;
import org.gongkai.validation.rules.finalaccounts.FlatChangeIsNotExplainedAsAMovement;
import org.gongkai.validation.rules.finalaccounts.FundBalancesCarryOver;
import org.gongkai.validation.rules.finalaccounts.IncomeLinesAddUp;
import org.gongkai.validation.rules.finalaccounts.OutturnComparisonAgreesWithFigures;
import org.gongkai.validation.rules.finalaccounts.OutturnDifferenceHasAReason;
import org.gongkai.validation.rules.finalaccounts.SelfEvaluationCountsAddUp;
import org.gongkai.validation.rules.finalaccounts.SharesAgreeWithAmounts;
import org.gongkai.validation.rules.finalaccounts.StatementMatchesFinalTables;
import org.gongkai.validation.rules.finalaccounts.SummaryTableBalancesWithCarryOvers;
import org.gongkai.validation.rules.finalaccounts.TableTotalsAddUp;
import org.gongkai.validation.rules.finalaccounts.ThreePublicAboveBudgetIsExplained;
import org.gongkai.validation.rules.finalaccounts.ThreePublicItemsAddUp;
import org.gongkai.validation.rules.performance.CostIndicatorIsACeiling;
import org.gongkai.validation.rules.performance.CountIndicatorHasACountUnit;
import org.gongkai.validation.rules.performance.GoalNumbersAppearInIndicators;
import org.gongkai.validation.rules.performance.IndicatorHasValueAndBasis;
import org.gongkai.validation.rules.performance.IndicatorLevelsFollowTheFramework;
import org.gongkai.validation.rules.performance.PercentageIsAtMostAHundred;
import org.gongkai.validation.rules.performance.ProjectHasRequiredCategories;
import org.gongkai.validation.rules.performance.QualityIndicatorIsARate;
import org.gongkai.validation.rules.performance.RateIndicatorIsAPercentage;
import org.gongkai.validation.rules.performance.SatisfactionIsAPercentageUnderSatisfaction;
import org.gongkai.validation.rules.text.BudgetNamesItsOwnKind;
import org.gongkai.validation.rules.text.ChineseTextUsesFullWidthPunctuation;
import org.gongkai.validation.rules.text.ComparisonYearIsThePriorYear;
import org.gongkai.validation.rules.text.EconomicItemsAreClassificationNames;
import org.gongkai.validation.rules.text.KnownMisspellings;
import org.gongkai.validation.rules.text.ListItemsAreNotRepeated;
import org.gongkai.validation.rules.text.NoDoubledPunctuation;
import org.gongkai.validation.rules.text.NoDoubledWords;
import org.gongkai.validation.rules.text.NoDuplicatedSentences;
import org.gongkai.validation.rules.text.NoObsoleteClassificationNames;
import org.gongkai.validation.rules.text.NoPlaceholders;
import org.gongkai.validation.rules.text.NoUnfinishedSentences;
import org.gongkai.validation.rules.text.NoWordingFromAnotherLevel;
import org.gongkai.validation.rules.text.SameFigureStatedAlike;
import org.gongkai.validation.rules.text.StatedChangeIsPossible;
import org.gongkai.validation.rules.text.StatedPercentagesFollowFromFigures;
import org.gongkai.validation.rules.text.VehicleSubtotalNamesBothParts;
import org.gongkai.validation.rules.text.YearsInTitlesAreTheFiscalYear;
import org.gongkai.validation.rules.yoy.ChangeHasAReason;
import org.gongkai.validation.rules.yoy.IncomeAndExpenditureChangeAlike;
import org.gongkai.validation.rules.yoy.LastYearQuotedAsPublished;
import org.gongkai.validation.rules.yoy.PartsOfAChangeAddUp;
import org.gongkai.validation.rules.yoy.PriorPlusChangeIsThisYear;
import org.gongkai.validation.rules.yoy.ReasonBelongsToItsItem;
import org.gongkai.validation.rules.yoy.ThreePublicStatesChanges;

/** The standard rules of Gongkai, family by family, and the catalogue they make. */
public final class StandardRules {

    private StandardRules() {}

    /**
     * The rules that weigh one document against another (last year's, the same year's budget):
     * the audit runs them on the pairs a folder holds; they are not part of a single check.
     */
    public static List<RuleInfo> acrossDocuments() {
        return List.of(LastYearQuotedAsPublished.INFO,
                InitialBudgetIsThePublishedBudget.INFO);
    }

    /** Every standard rule, listed explicitly, family by family. */
    public static List<Rule> rules() {
        return List.of(
                // arithmetic
                new IncomeTotalIsSumOfSources(),
                new ExpenditureIsBasicPlusProject(),
                new BasicExpenditureIsPersonnelPlusPublic(),
                new OperatingCostsAreSumOfItems(),
                new ThreePublicTotalIsSumOfItems(),
                new TableTotalIsSumOfLines(),
                new ClassificationHierarchyAddsUp(),
                new TableLineIdentitiesHold(),
                new SummaryTableBalances(),
                new AssetTotalIsSumOfCategories(),
                new ProcurementSplitAddsUp(),
                // consistency
                new StatementMatchesTables(),
                new TablesAgreeWithEachOther(),
                new OperatingCostsMatchPublicCosts(),
                new ThreePublicCoversBasicSpending(),
                new VehicleCostsMatchVehiclesHeld(),
                new PlannedPurchasesAppearInProcurement(),
                new ProjectTargetsWithinProjectExpenditure(),
                new StatedPercentagesFollowFromFigures(),
                new SameFigureStatedAlike(),
                // year over year
                new PriorPlusChangeIsThisYear(),
                new PartsOfAChangeAddUp(),
                new ChangeHasAReason(),
                new ThreePublicStatesChanges(),
                new StatedChangeIsPossible(),
                new IncomeAndExpenditureChangeAlike(),
                new ReasonBelongsToItsItem(),
                // performance
                new IndicatorLevelsFollowTheFramework(),
                new ProjectHasRequiredCategories(),
                new CountIndicatorHasACountUnit(),
                new RateIndicatorIsAPercentage(),
                new CostIndicatorIsACeiling(),
                new SatisfactionIsAPercentageUnderSatisfaction(),
                new QualityIndicatorIsARate(),
                new IndicatorHasValueAndBasis(),
                new PercentageIsAtMostAHundred(),
                new GoalNumbersAppearInIndicators(),
                // completeness
                new RequiredSectionsPresent(),
                new RequiredTablesPresent(),
                new EmptyTableCarriesItsNote(),
                // text
                new NoWordingFromAnotherLevel(),
                new NoPlaceholders(),
                new NoDoubledWords(),
                new YearsInTitlesAreTheFiscalYear(),
                new NoObsoleteClassificationNames(),
                new KnownMisspellings(),
                new EconomicItemsAreClassificationNames(),
                new NoDuplicatedSentences(),
                new ChineseTextUsesFullWidthPunctuation(),
                new VehicleSubtotalNamesBothParts(),
                new ComparisonYearIsThePriorYear(),
                new NoUnfinishedSentences(),
                new NoDoubledPunctuation(),
                new ListItemsAreNotRepeated(),
                new BudgetNamesItsOwnKind(),
                new LevelLabelsMatchTheTables(),
                new AssetPositionHasADate(),
                new ComplementaryPartsAddUp(),
                // deadline
                new PublishedWithinTwentyDaysOfApproval(),
                // final accounts (决算)
                new SummaryTableBalancesWithCarryOvers(),
                new FundBalancesCarryOver(),
                new IncomeLinesAddUp(),
                new ExpenditureLinesAddUp(),
                new TableTotalsAddUp(),
                new BasicIsPersonnelPlusPublic(),
                new BasicItemsNamedHaveFigures(),
                new ThreePublicItemsAddUp(),
                new SelfEvaluationCountsAddUp(),
                new org.gongkai.validation.rules.finalaccounts.TablesAgreeWithEachOther(),
                new StatementMatchesFinalTables(),
                new SharesAgreeWithAmounts(),
                new OutturnComparisonAgreesWithFigures(),
                new CompletionRateAgreesWithFigures(),
                new AssetPositionIsAtYearEnd(),
                new StatedFiguresAreFilledIn(),
                new StatedBasicOrProjectAgreesWithTables(),
                new OutturnDifferenceHasAReason(),
                new FlatChangeIsNotExplainedAsAMovement(),
                new ThreePublicAboveBudgetIsExplained());
    }

    /** The standard rules over the given profiles, with no settings. */
    public static RuleCatalog catalog(Function<String, TemplateProfile> profiles) {
        return new RuleCatalog(rules(), profiles, RuleSettings.none());
    }
}
