package org.gongkai.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open-data package validates against its own descriptor, and its JSON is the canonical disclosure. */
class OpenDataPackageTest {

    private static final CanonicalCodec CODEC = new CanonicalCodec();
    private static final PublishDisclosure PUBLISH = new PublishDisclosure(CODEC, ProfileLibrary.standard()::orNull);

    private static Disclosure document(String which) {
        return Documents.read(which.equals("seed") ? Documents.SEED : Documents.CZJ);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "czj"})
    void everyResourceMatchesItsSchema(String which) {
        Map<String, byte[]> files = PUBLISH.openData(document(which));
        JsonNode pkg = JsonMapper.builder().build().readTree(files.get("datapackage.json"));
        assertThat(pkg.get("profile").asString()).isEqualTo("fiscal-data-package");
        List<String> resourceNames = new ArrayList<>();
        for (JsonNode resource : pkg.get("resources")) {
            resourceNames.add(resource.get("name").asString());
            byte[] csv = files.get(resource.get("path").asString());
            assertThat(csv).as(resource.get("path").asString()).isNotNull();
            List<List<String>> rows = Csv.parse(new String(csv, StandardCharsets.UTF_8));
            List<String> fields = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (JsonNode f : resource.get("schema").get("fields")) {
                fields.add(f.get("name").asString());
                types.add(f.get("type").asString());
            }
            assertThat(rows.get(0)).as("header of " + resource.get("path")).isEqualTo(fields);
            for (List<String> row : rows.subList(1, rows.size())) {
                assertThat(row).hasSameSizeAs(fields);
                for (int i = 0; i < row.size(); i++) {
                    if (types.get(i).equals("number") && !row.get(i).isEmpty()) {
                        new BigDecimal(row.get(i));
                    }
                }
            }
        }
        for (JsonNode dimension : pkg.get("model").get("dimensions")) {
            assertThat(resourceNames).contains(dimension.get("resource").asString());
        }
        assertThat(pkg.get("model").get("measures").get("amount_yuan").get("currency").asString()).isEqualTo("CNY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "czj"})
    void theJsonOfThePackageIsTheCanonicalDisclosure(String which) {
        Disclosure d = document(which);
        String json = new String(PUBLISH.openData(d).get("disclosure.json"), StandardCharsets.UTF_8);
        assertThat(CODEC.read(json, "disclosure.json", CanonicalFormat.JSON)).isEqualTo(d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"czj"})
    void budgetLinesHoldEveryAmountInYuan(String which) {
        Disclosure d = document(which);
        List<List<String>> lines = Csv.parse(new String(PUBLISH.openData(d).get("budget-lines.csv"), StandardCharsets.UTF_8));
        long cells = d.tables().stream().mapToLong(t -> t.rows().stream().mapToLong(r -> r.amounts().size()).sum()
                + t.incomeRows().stream().mapToLong(r -> r.amounts().size()).sum()).sum();
        assertThat(lines).hasSize((int) cells + 1);
        int yuan = lines.get(0).indexOf("amount_yuan");
        BigDecimal threePublicInYuan = lines.stream().filter(l -> l.get(1).equals("three_public") && l.get(8).equals("total"))
                .map(l -> new BigDecimal(l.get(yuan))).findFirst().orElseThrow();
        assertThat(threePublicInYuan).isEqualByComparingTo("3463000");
    }

    /** A small RFC 4180 reader for the tests. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r') {
                    continue;
                } else if (c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            return rows;
        }
    }
}
