package org.gongkai.disclosure;

import java.util.List;
import java.util.Locale;
import org.gongkai.importing.InputProblem;
import org.gongkai.model.Amount;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Language;
import org.gongkai.validation.Severity;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings document of {@code validate}: as JSON (the contract of docs/findings.md) or as
 * compiler-style text. Exit status: 2 when any input was unusable, 1 when any error was found,
 * else 0.
 */
public final class FindingsReport {

    public static final int OK = 0;
    public static final int ERRORS = 1;
    public static final int UNUSABLE = 2;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<DocumentResult> results;

    public FindingsReport(List<DocumentResult> results) {
        this.results = List.copyOf(results);
    }

    public int exitCode() {
        if (results.stream().anyMatch(DocumentResult::isUnusable)) {
            return UNUSABLE;
        }
        return results.stream().anyMatch(r -> r.count(Severity.ERROR) > 0) ? ERRORS : OK;
    }

    public String json(Language language) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "gongkai-findings/1");
        ArrayNode documents = root.putArray("documents");
        long errors = 0, warnings = 0, infos = 0, unusable = 0;
        for (DocumentResult r : results) {
            ObjectNode d = documents.addObject();
            d.put("file", r.file());
            d.put("status", r.isUnusable() ? "unusable" : "checked");
            if (!r.isUnusable()) {
                d.put("department", r.disclosure().department().name());
                d.put("fiscalYear", r.disclosure().fiscalYear());
                d.put("profile", r.disclosure().document().profile());
            } else {
                unusable++;
            }
            ObjectNode counts = d.putObject("counts");
            counts.put("error", r.count(Severity.ERROR));
            counts.put("warning", r.count(Severity.WARNING));
            counts.put("info", r.count(Severity.INFO));
            errors += r.count(Severity.ERROR);
            warnings += r.count(Severity.WARNING);
            infos += r.count(Severity.INFO);
            ArrayNode problems = d.putArray("problems");
            for (InputProblem p : r.problems()) {
                ObjectNode o = problems.addObject();
                o.put("file", p.file());
                o.put("line", p.line());
                o.put("column", p.column());
                if (p.pointer() != null) {
                    o.put("path", p.pointer());
                }
                o.put("message", p.message());
            }
            ArrayNode findings = d.putArray("findings");
            for (Finding f : r.findings()) {
                ObjectNode o = findings.addObject();
                o.put("rule", f.rule());
                o.put("category", lower(f.category()));
                o.put("severity", lower(f.severity()));
                o.put("path", f.path());
                String place = r.placeOf(f.path());
                if (place != null) {
                    o.put("place", place);
                }
                if (f.subject() != null) {
                    o.put("subject", f.subject());
                }
                o.put("message", f.message(language));
                o.put("messageEn", f.messageEn());
                putAmount(o, "expected", f.expected());
                putAmount(o, "actual", f.actual());
                putAmount(o, "difference", f.difference());
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("documents", results.size());
        summary.put("unusable", unusable);
        summary.put("error", errors);
        summary.put("warning", warnings);
        summary.put("info", infos);
        summary.put("exitCode", exitCode());
        return JSON.writeValueAsString(root) + "\n";
    }

    /** The sections of a document in their order, with their names, for grouping findings. */
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"document", "文档信息", "Document"},
            new String[] {"department", "部门", "Department"},
            new String[] {"duties", "部门职责", "Duties"},
            new String[] {"organisation", "机构设置", "Organisation"},
            new String[] {"overview", "收支总体情况", "Income and expenditure"},
            new String[] {"operatingCosts", "机关运行经费", "Operating costs"},
            new String[] {"threePublic", "“三公”经费", "Three public expenses"},
            new String[] {"performance", "预算绩效信息", "Performance targets"},
            new String[] {"procurement", "政府采购", "Procurement"},
            new String[] {"assets", "国有资产", "State-owned assets"},
            new String[] {"glossary", "名词解释", "Glossary"},
            new String[] {"otherMatters", "其他需说明事项", "Other matters"},
            new String[] {"tables", "预算表", "Budget tables"},
            new String[] {"projectNotes", "项目经费情况说明", "Project notes"});

    /** Compiler-style text, findings grouped by the section of the document they point into. */
    public String text(Language language) {
        StringBuilder s = new StringBuilder();
        boolean en = language == Language.EN;
        for (DocumentResult r : results) {
            for (InputProblem p : r.problems()) {
                s.append(p.describe()).append('\n');
            }
            for (String[] section : sectionsOf(r.findings())) {
                s.append("== ").append(en ? section[2] : section[1]).append(" (").append(section[0]).append(")\n");
                for (Finding f : r.findings()) {
                    if (!sectionOf(f.path()).equals(section[0])) {
                        continue;
                    }
                    String place = r.placeOf(f.path());
                    s.append(r.file()).append(':').append(place != null ? place + " " : "").append(f.path().isEmpty() ? "/" : f.path()).append(": ")
                            .append(severityWord(f.severity(), language)).append(' ')
                            .append(f.message(language));
                    if (f.difference() != null) {
                        s.append(en ? " (expected " : "（应为 ").append(f.expected())
                                .append(en ? ", actual " : "，实为 ").append(f.actual())
                                .append(en ? ", difference " : "，差额 ").append(f.difference())
                                .append(en ? ")" : "）");
                    }
                    s.append(" [").append(f.rule()).append("]\n");
                }
            }
            s.append(r.file()).append(": ");
            if (r.isUnusable()) {
                s.append(en ? r.problems().size() + " problem(s): input unusable"
                        : "输入无法使用，共 " + r.problems().size() + " 处问题");
            } else {
                s.append(en
                        ? String.format("%d error(s), %d warning(s), %d info", r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO))
                        : String.format("错误 %d 项，警告 %d 项，提示 %d 项", r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO)));
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String sectionOf(String path) {
        if (path == null || path.length() < 2) {
            return "document";
        }
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }

    private static List<String[]> sectionsOf(List<Finding> findings) {
        java.util.Set<String> used = new java.util.HashSet<>();
        findings.forEach(f -> used.add(sectionOf(f.path())));
        List<String[]> ordered = new java.util.ArrayList<>();
        for (String[] section : SECTIONS) {
            if (used.remove(section[0])) {
                ordered.add(section);
            }
        }
        used.stream().sorted().forEach(other -> ordered.add(new String[] {other, other, other}));
        return ordered;
    }

    private static String severityWord(Severity s, Language language) {
        if (language == Language.EN) {
            return lower(s) + ":";
        }
        return switch (s) {
            case ERROR -> "错误:";
            case WARNING -> "警告:";
            case INFO -> "提示:";
        };
    }

    private static void putAmount(ObjectNode o, String name, Amount a) {
        if (a != null) {
            ObjectNode n = o.putObject(name);
            n.put("value", a.value());
            n.put("unit", a.unit().symbol());
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
