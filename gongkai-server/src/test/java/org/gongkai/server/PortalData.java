package org.gongkai.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;
import org.gongkai.lifecycle.Actor;
import org.gongkai.workflow.Workflow;

/**
 * The portal's test data on a fresh server: the seed as first start publishes it (2020), the next
 * year published with changed figures and expenditure by function class (2021), and a draft (2022)
 * with a word found nowhere else, which the portal must never show.
 */
final class PortalData {

    static final String DEPARTMENT = WorkflowScenario.SEED_DEPARTMENT;
    static final String SEED_TITLE = "临西县科学技术协会2020年度部门预算信息公开情况说明";
    static final String NEXT_TITLE = "临西县科学技术协会2021年度部门预算信息公开情况说明";
    static final String DRAFT_ONLY_WORD = "草稿专用词语";

    final long seed;
    final long next;
    final long draft;

    private PortalData(long seed, long next, long draft) {
        this.seed = seed;
        this.next = next;
        this.draft = draft;
    }

    static PortalData load(Servers.Server server) {
        Workflow workflow = server.context().getBean(Workflow.class);
        CanonicalCodec codec = server.context().getBean(CanonicalCodec.class);
        long seed = workflow.search(Actor.PUBLIC, null, "130535", 2020).stream()
                .filter(d -> d.department().key().equals(DEPARTMENT)).findFirst().orElseThrow().id();
        String text = seedYaml();
        Disclosure next = codec.read(nextYear(text), "next.yaml", CanonicalFormat.YAML);
        long nextId = workflow.loadPublished(Actor.SYSTEM, DEPARTMENT, next, "按公开文本载入").id();
        Disclosure draft = codec.read(nextYear(text).replace("fiscalYear: 2021", "fiscalYear: 2022")
                .replace("2021年度", "2022年度").replace("科技下乡活动", "科技下乡活动" + DRAFT_ONLY_WORD),
                "draft.yaml", CanonicalFormat.YAML);
        long draftId = workflow.create(Actor.SYSTEM, DEPARTMENT, codec.write(draft, CanonicalFormat.JSON))
                .disclosure().id();
        return new PortalData(seed, nextId, draftId);
    }

    /** The seed one year on: more project spending, a dearer office, and spending by function class. */
    static String nextYear(String seed) {
        return seed.replace("fiscalYear: 2020", "fiscalYear: 2021")
                .replace("title: 临西县科学技术协会2020年度", "title: 临西县科学技术协会2021年度")
                .replace("  profile: hebei-county-2020\n", "  profile: hebei-county-2020\n  approvedOn: 2021-01-20\n")
                .replace("756.96", "812.40")
                .replace("amount: 626.4\n", "amount: 681.84\n")
                .replace("total: {amount: 9.56}", "total: {amount: 9.76}")
                .replace("{name: 办公费, economicCode: \"30201\", amount: 1.6}", "{name: 办公费, economicCode: \"30201\", amount: 1.8}")
                .replace("    projectNote: 科技奖励等项目\n", "    projectNote: 科技奖励等项目\n"
                        + "    byFunction:\n"
                        + "      - code: \"2060101\"\n"
                        + "        name: 科学技术支出（类）科学技术管理事务（款）行政运行（项）\n"
                        + "        figure: {amount: 130.56}\n"
                        + "      - code: \"2060702\"\n"
                        + "        name: 科学技术支出（类）科学技术普及（款）科普活动（项）\n"
                        + "        figure: {amount: 541.84}\n"
                        + "      - code: \"2089901\"\n"
                        + "        name: 社会保障和就业支出（类）其他社会保障和就业支出（款）其他社会保障和就业支出（项）\n"
                        + "        figure: {amount: 140.00}\n");
    }

    static String seedYaml() {
        try (InputStream in = PortalData.class.getResourceAsStream("/seed/linxi-kexie-2020.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
