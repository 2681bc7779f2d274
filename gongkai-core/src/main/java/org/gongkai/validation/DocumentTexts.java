package org.gongkai.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.gongkai.model.AssetLine;
import org.gongkai.model.AssetTable;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.CostItem;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DutyGoal;
import org.gongkai.model.Expenditure;
import org.gongkai.model.Figure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.EconomicSpending;
import org.gongkai.model.FunctionSpending;
import org.gongkai.model.GlossaryEntry;
import org.gongkai.model.Goal;
import org.gongkai.model.Income;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.Indicator;
import org.gongkai.model.OrganisationUnit;
import org.gongkai.model.Outturn;
import org.gongkai.model.Paragraph;
import org.gongkai.model.ProcurementItem;
import org.gongkai.model.ProjectNote;
import org.gongkai.model.ProjectTarget;
import org.gongkai.model.Share;
import org.gongkai.model.TableRow;
import org.gongkai.model.ThreePublicOutturn;

/**
 * The same walk as {@link ModelWalk}, written out field by field for the disclosure model: every
 * text and stated figure in document order, with its place. It is what a check uses, because
 * reading fields directly is several times faster than binding them by reflection;
 * {@code DocumentTextsTest} keeps the two walks equal on the real documents.
 */
final class DocumentTexts {

    /** Room for the texts and figures of a usual document, so that the lists rarely grow while walking. */
    private final ModelWalk.Walked walked = new ModelWalk.Walked(new ArrayList<>(1024), new ArrayList<>(64));

    private DocumentTexts() {}

    static ModelWalk.Walked of(Disclosure d) {
        DocumentTexts t = new DocumentTexts();
        t.disclosure(d, ModelWalk.Location.ROOT);
        return t.walked;
    }

    private void text(ModelWalk.Location parent, String field, String value) {
        if (value != null) {
            walked.texts().add(ModelWalk.At.under(parent, field, value));
        }
    }

    private <T> void list(ModelWalk.Location parent, String field, List<T> items, BiConsumer<T, ModelWalk.Location> each) {
        if (items == null || items.isEmpty()) {
            return;
        }
        ModelWalk.Location at = parent.child(field);
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item != null) {
                ModelWalk.Location element = at.element(i);
                if (item instanceof String s) {
                    walked.texts().add(new ModelWalk.At<>(element, field, s));
                } else {
                    each.accept(item, element);
                }
            }
        }
    }

    private void figure(ModelWalk.Location parent, String field, Figure f) {
        if (f == null) {
            return;
        }
        ModelWalk.Location at = parent.child(field);
        walked.figures().add(new ModelWalk.At<>(at, field, f));
        text(at, "reason", f.reason());
    }

    private void disclosure(Disclosure d, ModelWalk.Location root) {
        var doc = d.document();
        ModelWalk.Location at = root.child("document");
        text(at, "title", doc.title());
        text(at, "profile", doc.profile());
        text(at, "preamble", doc.preamble());
        text(at, "compiledBy", doc.compiledBy());
        var dep = d.department();
        ModelWalk.Location da = root.child("department");
        text(da, "name", dep.name());
        text(da, "code", dep.code());
        var r = dep.region();
        ModelWalk.Location ra = da.child("region");
        text(ra, "province", r.province());
        text(ra, "city", r.city());
        text(ra, "county", r.county());
        text(ra, "township", r.township());
        text(ra, "code", r.code());
        text(root, "dutiesIntroduction", d.dutiesIntroduction());
        list(root, "duties", d.duties(), (s, l) -> { });
        if (d.organisation() != null) {
            ModelWalk.Location oa = root.child("organisation");
            list(oa, "units", d.organisation().units(), (OrganisationUnit u, ModelWalk.Location l) -> {
                text(l, "name", u.name());
                text(l, "nature", u.nature());
                text(l, "rank", u.rank());
                text(l, "fundingForm", u.fundingForm());
            });
            text(oa, "description", d.organisation().description());
        }
        if (d.overview() != null) {
            ModelWalk.Location ov = root.child("overview");
            text(ov, "introduction", d.overview().introduction());
            income(d.overview().income(), ov);
            expenditure(d.overview().expenditure(), ov);
            text(ov, "changeReason", d.overview().changeReason());
        }
        if (d.operatingCosts() != null) {
            ModelWalk.Location oc = root.child("operatingCosts");
            figure(oc, "total", d.operatingCosts().total());
            list(oc, "items", d.operatingCosts().items(), (CostItem c, ModelWalk.Location l) -> {
                text(l, "name", c.name());
                text(l, "economicCode", c.economicCode());
            });
            text(oc, "note", d.operatingCosts().note());
        }
        if (d.threePublic() != null) {
            var t = d.threePublic();
            ModelWalk.Location tp = root.child("threePublic");
            figure(tp, "total", t.total());
            figure(tp, "abroad", t.abroad());
            text(tp, "vehiclesLabel", t.vehiclesLabel());
            figure(tp, "vehicles", t.vehicles());
            figure(tp, "vehiclePurchase", t.vehiclePurchase());
            figure(tp, "vehicleRunning", t.vehicleRunning());
            figure(tp, "reception", t.reception());
            text(tp, "note", t.note());
        }
        if (d.performance() != null) {
            performance(d, root.child("performance"));
        }
        if (d.procurement() != null) {
            var p = d.procurement();
            ModelWalk.Location pa = root.child("procurement");
            text(pa, "statement", p.statement());
            figure(pa, "total", p.total());
            if (p.table() != null) {
                ModelWalk.Location ta = pa.child("table");
                text(ta, "title", p.table().title());
                list(ta, "items", p.table().items(), (ProcurementItem i, ModelWalk.Location l) -> {
                    text(l, "project", i.project());
                    text(l, "item", i.item());
                    text(l, "catalogueCode", i.catalogueCode());
                    text(l, "quantityUnit", i.quantityUnit());
                });
                text(ta, "note", p.table().note());
            }
        }
        if (d.assets() != null) {
            var a = d.assets();
            ModelWalk.Location aa = root.child("assets");
            text(aa, "statement", a.statement());
            text(aa, "asOf", a.asOf());
            AssetTable t = a.table();
            if (t != null) {
                ModelWalk.Location ta = aa.child("table");
                text(ta, "title", t.title());
                BiConsumer<AssetLine, ModelWalk.Location> line = (AssetLine l, ModelWalk.Location at2) -> {
                    text(at2, "name", l.name());
                    text(at2, "category", l.category());
                    text(at2, "quantityUnit", l.quantityUnit());
                };
                list(ta, "holdings", t.holdings(), line);
                list(ta, "planned", t.planned(), line);
            }
        }
        list(root, "glossary", d.glossary(), (GlossaryEntry g, ModelWalk.Location l) -> {
            text(l, "term", g.term());
            text(l, "definition", g.definition());
        });
        text(root, "otherMatters", d.otherMatters());
        list(root, "tables", d.tables(), this::table);
        list(root, "projectNotes", d.projectNotes(), (ProjectNote n, ModelWalk.Location l) -> {
            text(l, "name", n.name());
            list(l, "paragraphs", n.paragraphs(), (Paragraph p, ModelWalk.Location pl) -> {
                text(pl, "heading", p.heading());
                text(pl, "text", p.text());
            });
        });
        if (d.finalAccounts() != null) {
            finalAccounts(d.finalAccounts(), root.child("finalAccounts"));
        }
    }

    private void income(Income income, ModelWalk.Location ov) {
        if (income == null) {
            return;
        }
        ModelWalk.Location ia = ov.child("income");
        text(ia, "totalLabel", income.totalLabel());
        figure(ia, "total", income.total());
        list(ia, "sources", income.sources(), this::incomeLine);
        text(ia, "note", income.note());
    }

    private void incomeLine(IncomeLine l, ModelWalk.Location at) {
        text(at, "label", l.label());
        figure(at, "figure", l.figure());
    }

    private void expenditure(Expenditure e, ModelWalk.Location ov) {
        if (e == null) {
            return;
        }
        ModelWalk.Location ea = ov.child("expenditure");
        figure(ea, "total", e.total());
        figure(ea, "fiscalGrant", e.fiscalGrant());
        list(ea, "byFund", e.byFund(), this::incomeLine);
        figure(ea, "basic", e.basic());
        figure(ea, "personnel", e.personnel());
        figure(ea, "publicCosts", e.publicCosts());
        figure(ea, "project", e.project());
        text(ea, "projectNote", e.projectNote());
        list(ea, "byFunction", e.byFunction(), (FunctionSpending f, ModelWalk.Location l) -> {
            text(l, "code", f.code());
            text(l, "name", f.name());
            figure(l, "figure", f.figure());
            text(l, "purpose", f.purpose());
        });
        text(ea, "note", e.note());
        figure(ea, "reserve", e.reserve());
        list(ea, "byEconomicClass", e.byEconomicClass(), (EconomicSpending c, ModelWalk.Location l) -> {
            text(l, "code", c.code());
            text(l, "name", c.name());
            figure(l, "figure", c.figure());
            text(l, "purpose", c.purpose());
        });
        figure(ea, "fiscalGrantBasic", e.fiscalGrantBasic());
    }

    private void performance(Disclosure d, ModelWalk.Location pa) {
        var p = d.performance();
        list(pa, "overallGoals", p.overallGoals(), (Goal g, ModelWalk.Location l) -> {
            text(l, "title", g.title());
            text(l, "text", g.text());
        });
        list(pa, "dutyGoals", p.dutyGoals(), (DutyGoal g, ModelWalk.Location l) -> {
            text(l, "duty", g.duty());
            text(l, "goal", g.goal());
            text(l, "indicators", g.indicators());
        });
        list(pa, "measures", p.measures(), (s, l) -> { });
        list(pa, "projects", p.projects(), (ProjectTarget t, ModelWalk.Location l) -> {
            text(l, "name", t.name());
            text(l, "goal", t.goal());
            list(l, "indicators", t.indicators(), (Indicator i, ModelWalk.Location il) -> {
                text(il, "level1", i.level1());
                text(il, "level2", i.level2());
                text(il, "name", i.name());
                text(il, "description", i.description());
                text(il, "basis", i.basis());
            });
        });
        if (p.summary() != null) {
            text(pa.child("summary"), "text", p.summary().text());
        }
    }

    private void table(BudgetTable t, ModelWalk.Location at) {
        text(at, "number", t.number());
        text(at, "title", t.title());
        list(at, "incomeRows", t.incomeRows(), this::row);
        if (t.incomeTotal() != null) {
            row(t.incomeTotal(), at.child("incomeTotal"));
        }
        list(at, "rows", t.rows(), this::row);
        if (t.total() != null) {
            row(t.total(), at.child("total"));
        }
        text(at, "note", t.note());
        list(at, "purposeRows", t.purposeRows(), this::row);
    }

    private void finalAccounts(FinalAccounts f, ModelWalk.Location at) {
        figure(at, "grandTotal", f.grandTotal());
        list(at, "shares", f.shares(), (Share s, ModelWalk.Location l) -> {
            text(l, "name", s.name());
            text(l, "wholeName", s.wholeName());
        });
        figure(at, "fiscalGrantTotal", f.fiscalGrantTotal());
        figure(at, "generalBudgetExpenditure", f.generalBudgetExpenditure());
        outturn(at, "generalBudgetOutturn", f.generalBudgetOutturn());
        list(at, "outturns", f.outturns(), this::outturn);
        list(at, "personnelItems", f.personnelItems(), (s, l) -> { });
        list(at, "publicItems", f.publicItems(), (s, l) -> { });
        ThreePublicOutturn t = f.threePublic();
        if (t != null) {
            ModelWalk.Location ta = at.child("threePublic");
            outturn(ta, "total", t.total());
            outturn(ta, "abroad", t.abroad());
            outturn(ta, "vehicles", t.vehicles());
            outturn(ta, "vehiclePurchase", t.vehiclePurchase());
            outturn(ta, "vehicleRunning", t.vehicleRunning());
            outturn(ta, "reception", t.reception());
            outturn(ta, "meetings", t.meetings());
            outturn(ta, "training", t.training());
        }
        text(at, "governmentFund", f.governmentFund());
        text(at, "stateCapital", f.stateCapital());
        if (f.evaluation() != null) {
            text(at.child("evaluation"), "text", f.evaluation().text());
        }
    }

    private void outturn(ModelWalk.Location parent, String field, Outturn o) {
        if (o != null) {
            outturn(o, parent.child(field));
        }
    }

    private void outturn(Outturn o, ModelWalk.Location at) {
        text(at, "code", o.code());
        text(at, "name", o.name());
        text(at, "purpose", o.purpose());
        text(at, "reason", o.reason());
    }

    private void row(TableRow r, ModelWalk.Location at) {
        text(at, "code", r.code());
        text(at, "name", r.name());
    }
}
