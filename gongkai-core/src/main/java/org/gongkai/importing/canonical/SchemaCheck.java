package org.gongkai.importing.canonical;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The canonical file's JSON Schema ({@code docs/schema/disclosure.schema.json}), applied to a parsed file. */
final class SchemaCheck {

    static final String RESOURCE = "disclosure.schema.json";

    private final Schema schema;
    private final boolean english;

    private SchemaCheck(Schema schema, boolean english) {
        this.schema = schema;
        this.english = english;
    }

    static SchemaCheck load(Locale locale) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(locale)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(config));
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + RESOURCE);
            }
            return new SchemaCheck(registry.getSchema(in), locale.getLanguage().equals("en"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation, as (pointer, message). An unknown property points at the property itself. */
    List<Violation> check(JsonNode document) {
        List<Error> errors = schema.validate(document);
        return errors.stream().map(this::violation).distinct().toList();
    }

    private Violation violation(Error e) {
        String pointer = e.getInstanceLocation().toString();
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        if (keyword.equals("additionalProperties") && e.getProperty() != null) {
            return new Violation(pointer + "/" + UnitScopes.escape(e.getProperty()), english
                    ? "unknown field '" + e.getProperty() + "'"
                    : "未知字段“" + e.getProperty() + "”");
        }
        if (keyword.equals("required") && e.getProperty() != null) {
            return new Violation(pointer, english
                    ? "missing required field '" + e.getProperty() + "'"
                    : "缺少必填字段“" + e.getProperty() + "”");
        }
        if (keyword.equals("pattern") && e.getSchemaNode() != null && e.getSchemaNode().toString().contains("万元")) {
            return new Violation(pointer, english
                    ? "not an amount: write a number, or a number with its unit such as \"171915169元\""
                    : "不是金额：应为数字，或带单位的数字，如“171915169元”");
        }
        String message = e.getMessage();
        String prefix = e.getInstanceLocation().toString() + ": ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        return new Violation(pointer, message);
    }

    record Violation(String pointer, String message) {}
}
