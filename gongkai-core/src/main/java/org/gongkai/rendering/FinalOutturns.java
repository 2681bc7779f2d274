package org.gongkai.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Outturn;
import org.gongkai.model.ThreePublicOutturn;
import org.gongkai.model.profile.TemplateProfile;

/**
 * The 决算-against-预算 lines of a 决算 as it is published: the whole 一般公共预算财政拨款支出, each line the
 * statement explains, and the 三公 items, with the figures and comparisons the statement prints
 * ({@link FinalFigures}), for the open data.
 */
final class FinalOutturns {

    static final List<String> TYPES = List.of("string", "string", "string", "number", "number", "number", "string",
            "number", "string", "string");

    /** One line: what it is part of (general_budget, line, three_public) and its comparison. */
    record Line(String scope, Column item, Outturn outturn) {}

    private FinalOutturns() {}

    static List<Line> of(Disclosure d, TemplateProfile profile) {
        FinalFigures figures = new FinalFigures(d, profile);
        List<Line> lines = new ArrayList<>();
        Outturn whole = figures.generalBudgetOutturn();
        if (whole != null) {
            lines.add(new Line("general_budget", null, whole));
        }
        if (d.finalAccounts() == null) {
            return lines;
        }
        for (Outturn o : d.finalAccounts().outturns()) {
            lines.add(new Line("line", null, figures.lineOutturn(o)));
        }
        ThreePublicOutturn t = d.finalAccounts().threePublic();
        add(lines, figures, Column.TOTAL, t == null ? null : t.total());
        add(lines, figures, Column.ABROAD, t == null ? null : t.abroad());
        add(lines, figures, Column.VEHICLES, t == null ? null : t.vehicles());
        add(lines, figures, Column.VEHICLE_PURCHASE, t == null ? null : t.vehiclePurchase());
        add(lines, figures, Column.VEHICLE_RUNNING, t == null ? null : t.vehicleRunning());
        add(lines, figures, Column.RECEPTION, t == null ? null : t.reception());
        return lines;
    }

    private static void add(List<Line> lines, FinalFigures figures, Column item, Outturn stated) {
        Outturn o = figures.threePublicItem(item, stated);
        if (o != null) {
            lines.add(new Line("three_public", item, o));
        }
    }

    static Csv csv(Disclosure d, TemplateProfile profile) {
        Csv csv = Csv.of(List.of("scope", "code", "name", "initial_budget", "adjusted_budget", "outturn", "unit",
                "completion_rate", "comparison", "reason"));
        for (Line l : of(d, profile)) {
            Outturn o = l.outturn();
            String name = o.name() != null ? o.name() : l.item() == null ? "" : FinalTableLayouts.label(l.item(), null);
            String unit = o.outturn() != null ? o.outturn().unit().symbol() : o.budget() != null ? o.budget().unit().symbol() : "";
            csv.row(List.of(l.scope(), o.code() == null ? l.item() == null ? "" : l.item().name().toLowerCase(Locale.ROOT) : o.code(),
                    name, o.budget() == null ? "" : o.budget().plain(), o.adjustedBudget() == null ? "" : o.adjustedBudget().plain(),
                    o.outturn() == null ? "" : o.outturn().plain(), unit,
                    o.completionRate() == null ? "" : o.completionRate().toPlainString(),
                    o.comparison() == null ? "" : o.comparison().word(), o.reason() == null ? "" : o.reason()));
        }
        return csv;
    }
}
