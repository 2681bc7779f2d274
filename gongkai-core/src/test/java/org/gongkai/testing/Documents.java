package org.gongkai.testing;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Test documents: the real ones, corrected copies of them, and edits by JSON pointer, so that a
 * test says exactly what it changed ({@code "/threePublic/reception/amount = 0.2"}).
 */
public final class Documents {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final CanonicalCodec CODEC = new CanonicalCodec();

    /** The seed as published (examples/linxi-kexie-2020.yaml). */
    public static final String SEED = Examples.read(Examples.seedExample());

    /** The Shanghai municipal finance bureau's 2025 budget as published. */
    public static final String CZJ = Examples.resource("/shanghai/czj-2025.yaml");

    /**
     * The seed with its defects mended: the county's own level in the glossary, sound indicators (the
 * satisfaction rate filed as the only benefit indicator of 青少年科技活动 becomes a participation rate),
     * goals matching their indicators, fixed terms spelled right, dates given. Its standard tables
     * are still missing (they were separate attachments), and its planned purchases still have no
     * procurement budget.
     */
    public static final String SEED_CORRECTED = edit(SEED, List.of(
            "/glossary/0/definition = 指县级财政当年拨付的资金。",
            "/glossary/6/definition ~ 省级 => 县级",
            "/glossary/7/term = 机关运行经费",
            "/performance/projects/0/indicators/3/value = ≥5项",
            "/performance/projects/3/indicators/6/value = ≥90%",
            "/performance/projects/4/indicators/4/name = 青少年科技活动参与率",
            "/performance/projects/6/indicators/1/value = ≤240万元",
            "/performance/projects/2/goal ~ 5000 => 2000",
            "/performance/projects/6/goal ~ 企业技术中心6个 => 企业技术中心5项",
            "/assets/statement ~ 上末 => 上年末",
            "/threePublic/vehiclesLabel = 公务用车购置及运行费",
            "/duties/2 ~ , => ，",
            "/performance/dutyGoals/2/duty ~ , => ，",
            "/performance/dutyGoals/2/indicators ~ ; => ；",
            "/document/approvedOn = 2020-01-10",
            "/document/publishedOn = 2020-01-20"));

    /**
     * The Shanghai budget with its defects mended: 302's sub-lines add up, the empty fund tables
     * carry their notes, the bureau holds the car it runs, the unit speaks of its unit budget, dates given.
     */
    public static final String CZJ_CORRECTED = edit(CZJ, List.of(
            "/tables/7/rows/29/amounts/total = 1193201",
            "/tables/7/rows/29/amounts/public = 1193201",
            "/tables/5/note = 注：本单位2025年无政府性基金预算财政拨款安排的预算，故本表为空表。",
            "/tables/6/note = 注：本单位2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。",
            "/assets/table/holdings/0/quantity = 1",
            "/assets/table/holdings/8/quantity = 1",
            "/assets/statement ~ 部门预算安排 => 单位预算安排",
            "/document/approvedOn = 2025-01-20",
            "/document/publishedOn = 2025-02-05"));

    /** The Putuo finance bureau's 决算 of 2024 as published, hand-built from its PDF ({@link PutuoFinanceFinalAccounts}). */
    public static final String FINAL = CODEC.write(PutuoFinanceFinalAccounts.published(), CanonicalFormat.YAML);

    /**
     * The 决算 with its defects mended: 社会保障和就业支出 is 326.71 in every table (its 其他行政事业单位养老支出 0.93),
     * 302 and 301 add up, the 财政拨款收入支出总计 is the table's (and no longer said 持平 for a reason that is a decrease), the structure share of 一般公共服务支出 is 71.65%,
     * 人员经费 lists 奖励金 (which has an amount) instead of 个人农业生产补贴 (which has none), and no completion rate
     * is stated for 三公 items without a budget.
     */
    public static final String FINAL_CORRECTED = edit(FINAL, List.of(
            "/tables/1/rows/6/amounts/total = 326.71", "/tables/1/rows/6/amounts/fiscal_grant = 326.71",
            "/tables/1/rows/7/amounts/total = 326.71", "/tables/1/rows/7/amounts/fiscal_grant = 326.71",
            "/tables/1/rows/11/amounts/total = 0.93", "/tables/1/rows/11/amounts/fiscal_grant = 0.93",
            "/tables/2/rows/6/amounts/total = 326.71", "/tables/2/rows/6/amounts/basic = 326.71",
            "/tables/2/rows/7/amounts/total = 326.71", "/tables/2/rows/7/amounts/basic = 326.71",
            "/tables/2/rows/11/amounts/total = 0.93", "/tables/2/rows/11/amounts/basic = 0.93",
            "/tables/4/rows/6/amounts/total = 326.71", "/tables/4/rows/6/amounts/basic = 326.71",
            "/tables/4/rows/7/amounts/total = 326.71", "/tables/4/rows/7/amounts/basic = 326.71",
            "/tables/4/rows/11/amounts/total = 0.93", "/tables/4/rows/11/amounts/basic = 0.93",
            "/tables/5/rows/8/amounts/outturn = 91.02",
            "/tables/5/rows/24/amounts/outturn = 11.51",
            "/finalAccounts/outturns/1/purpose = 局财政业务指导与宣传等项目支出",
            "/finalAccounts/outturns/7/budget = 0.93", "/finalAccounts/outturns/7/outturn = 0.93",
            "/finalAccounts/shares/5/percent = 71.65",
            "/finalAccounts/shares/6/amount = 326.71",
            "/finalAccounts/fiscalGrantTotal/amount = 2961.68",
            "/finalAccounts/fiscalGrantTotal/change -",
            "/finalAccounts/fiscalGrantTotal/reason -",
            "/finalAccounts/personnelItems/9 = 奖励金",
            "/finalAccounts/threePublic/abroad/completionRate -",
            "/finalAccounts/threePublic/vehicles/completionRate -"));

    private Documents() {}

    public static Disclosure read(String yaml) {
        return CODEC.read(yaml, "test.yaml", CanonicalFormat.YAML);
    }

    /**
     * Applies edits, each one of: {@code "/pointer = yaml value"} (set), {@code "/pointer ~ old => new"}
     * (replace within a text), {@code "/pointer -"} (remove).
     */
    public static String edit(String yaml, List<String> edits) {
        JsonNode root = YAML.readTree(yaml);
        for (String e : edits) {
            if (e.endsWith(" -")) {
                String pointer = e.substring(0, e.length() - 2).strip();
                remove(root, pointer);
            } else if (e.contains(" ~ ")) {
                String pointer = e.substring(0, e.indexOf(" ~ "));
                String[] change = e.substring(e.indexOf(" ~ ") + 3).split(" => ", 2);
                String text = root.at(pointer).asString();
                if (!text.contains(change[0])) {
                    throw new IllegalArgumentException("no '" + change[0] + "' at " + pointer + ": " + text);
                }
                set(root, pointer, tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text.replace(change[0], change[1])));
            } else {
                String pointer = e.substring(0, e.indexOf(" = "));
                String value = e.substring(e.indexOf(" = ") + 3);
                set(root, pointer, YAML.readTree("v: " + (value.startsWith("≥") || value.startsWith("≤") ? "'" + value + "'" : value)).get("v"));
            }
        }
        return YAML.writeValueAsString(root);
    }

    public static String edit(String yaml, String... edits) {
        return edit(yaml, List.of(edits));
    }

    private static void set(JsonNode root, String pointer, JsonNode value) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? root : root.at(parent);
        if (container instanceof ObjectNode o) {
            o.set(last, value);
        } else if (container instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        } else {
            throw new IllegalArgumentException("no object or array at " + parent);
        }
    }

    private static void remove(JsonNode root, String pointer) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? root : root.at(parent);
        if (container instanceof ObjectNode o) {
            if (o.remove(last) == null) {
                throw new IllegalArgumentException("nothing to remove at " + pointer);
            }
        } else if (container instanceof ArrayNode a) {
            a.remove(Integer.parseInt(last));
        } else {
            throw new IllegalArgumentException("no object or array at " + parent);
        }
    }

    /** Edits as a list, for tables of test cases. */
    public static List<String> edits(String... edits) {
        return new ArrayList<>(List.of(edits));
    }
}
