package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.Objects;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Disclosure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.profile.TemplateProfile;

/**
 * What a rule may know besides the document: the profile in force (null when the document names
 * one Gongkai does not know), the tolerance between amounts stated in different units (within one
 * unit, arithmetic is exact), and the document's texts and figures, gathered once per check.
 */
public final class CheckContext {

    /** 0.01 万元 (100 元): the usual rounding allowance between 元 tables and 万元 text. */
    public static final Amount DEFAULT_CROSS_UNIT_TOLERANCE = Amount.of("0.01", MoneyUnit.WAN_YUAN);

    private final TemplateProfile profile;
    private final Amount crossUnitTolerance;
    private Disclosure walkedDocument;
    private ModelWalk.Walked walked;
    private Disclosure memoDocument;
    private final java.util.Map<Object, Object> memo = new java.util.HashMap<>();
    private final java.util.Map<String, String> parameters;
    private final java.util.Map<BudgetTable, TableLines> tableLines = new java.util.IdentityHashMap<>();

    public CheckContext(TemplateProfile profile, Amount crossUnitTolerance) {
        this(profile, crossUnitTolerance, java.util.Map.of());
    }

    /** A context with rule parameters from the settings file ({@code rule.name → value}). */
    public CheckContext(TemplateProfile profile, Amount crossUnitTolerance, java.util.Map<String, String> parameters) {
        this.profile = profile;
        this.crossUnitTolerance = Objects.requireNonNull(crossUnitTolerance, "crossUnitTolerance");
        this.parameters = java.util.Map.copyOf(parameters);
    }

    /**
     * A rule's parameter as the settings give it, or its default: a number, read with an optional
     * trailing % (10% reads as 10). A value that is no number is an {@link IllegalArgumentException}.
     */
    public BigDecimal parameter(String rule, String name, BigDecimal defaultValue) {
        String value = parameters.get(rule + "." + name);
        if (value == null) {
            return defaultValue;
        }
        String v = value.endsWith("%") ? value.substring(0, value.length() - 1) : value;
        try {
            return new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " of " + rule + " must be a number, got: " + value);
        }
    }

    public static CheckContext of(TemplateProfile profile) {
        return new CheckContext(profile, DEFAULT_CROSS_UNIT_TOLERANCE);
    }

    public TemplateProfile profile() {
        return profile;
    }

    public Amount crossUnitTolerance() {
        return crossUnitTolerance;
    }

    /** Every text and stated figure of the document, walked once for all rules of one check. */
    public ModelWalk.Walked walked(Disclosure d) {
        if (walkedDocument != d) {
            walked = DocumentTexts.of(d);
            walkedDocument = d;
        }
        return walked;
    }

    /** The lines of a table, indexed once per check for every rule that looks lines up (by the table itself, not its contents). */
    public TableLines lines(BudgetTable table) {
        return tableLines.computeIfAbsent(table, t -> new TableLines(t.rows()));
    }

    /** Something rules derive from the document once per check (kept while the document is the same). */
    @SuppressWarnings("unchecked")
    public <T> T memo(Disclosure d, Object key, java.util.function.Supplier<T> compute) {
        if (memoDocument != d) {
            memo.clear();
            memoDocument = d;
        }
        Object value = memo.get(key);
        if (value == null) {
            value = compute.get();
            memo.put(key, value);
        }
        return (T) value;
    }

    /**
     * The allowance between two amounts: none when they share a unit; across units the configured
     * tolerance, or half the last stated digit of the coarser amount when that is larger (a text
     * that says 17,192万元 states the sum to the nearest 万元).
     */
    public Amount toleranceBetween(Amount a, Amount b) {
        if (a.unit() == b.unit()) {
            return Amount.zero(a.unit());
        }
        Amount coarser = a.unit().inYuan().compareTo(b.unit().inYuan()) > 0 ? a : b;
        int scale = Math.max(coarser.value().scale(), 0);
        Amount halfDigit = new Amount(BigDecimal.valueOf(5, scale + 1), coarser.unit()); // half of 10^-scale
        return halfDigit.compareTo(crossUnitTolerance) > 0 ? halfDigit : crossUnitTolerance;
    }

    public boolean agree(Amount a, Amount b) {
        if (a.unit() == b.unit()) {
            return a.value().compareTo(b.value()) == 0;
        }
        return a.agreesWith(b, toleranceBetween(a, b));
    }
}
