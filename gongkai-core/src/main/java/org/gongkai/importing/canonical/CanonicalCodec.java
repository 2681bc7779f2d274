package org.gongkai.importing.canonical;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.model.MoneyUnit;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes the canonical disclosure file (YAML or JSON). Reading goes: parse, check
 * against the JSON Schema (every problem at once, each with line, column and pointer), then bind
 * to the model. A file that fails any step gives an {@link UnusableInputException}; nothing is
 * half-read.
 */
public final class CanonicalCodec {

    private final ObjectMapper yaml;
    private final ObjectMapper json;
    /** Loaded beside the first parse: the schema and the parser each take a good part of a cold start. */
    private final CompletableFuture<SchemaCheck> schema;
    private final boolean english;

    public CanonicalCodec() {
        this(Locale.SIMPLIFIED_CHINESE);
    }

    /** The locale chooses the language of schema messages (Chinese by default, English available). */
    public CanonicalCodec(Locale locale) {
        this.yaml = configure(YAMLMapper.builder()
                        .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                        .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                        .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
                .build();
        this.json = configure(JsonMapper.builder()).enable(SerializationFeature.INDENT_OUTPUT).build();
        this.schema = CompletableFuture.supplyAsync(() -> SchemaCheck.load(locale));
        this.english = locale.getLanguage().equals("en");
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .addModule(new ModelModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // only record components are properties: isEmpty() and the like are not
                .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
                .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(
                        JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY));
    }

    /** Reads a canonical file; the format follows the extension (.yaml, .yml, .json). */
    public Disclosure read(Path file) {
        CanonicalFormat format = CanonicalFormat.of(file).orElseThrow(() -> UnusableInputException.of(
                new InputProblem(file.toString(), 0, 0, null,
                        say("不是规范格式文件（应为 .yaml、.yml 或 .json）", "not a canonical file (.yaml, .yml or .json expected)"))));
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw UnusableInputException.of(new InputProblem(file.toString(), 0, 0, null, say("文件不存在", "no such file")));
        } catch (MalformedInputException e) {
            throw UnusableInputException.of(new InputProblem(file.toString(), 0, 0, null,
                    say("文件不是 UTF-8 编码", "the file is not UTF-8 text")));
        } catch (IOException e) {
            throw UnusableInputException.of(new InputProblem(file.toString(), 0, 0, null,
                    say("无法读取文件：", "cannot read the file: ") + e.getMessage()));
        }
        return read(content, file.toString(), format);
    }

    /** Reads canonical content; {@code name} names it in problems. */
    public Disclosure read(String content, String name, CanonicalFormat format) {
        ObjectMapper mapper = mapper(format);
        JsonNode tree;
        try {
            tree = mapper.readTree(content);
        } catch (StreamReadException e) {
            TokenStreamLocation loc = e.getLocation();
            throw UnusableInputException.of(new InputProblem(name, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), null,
                    say("不是有效的 " + format + "：", "not valid " + format + ": ") + syntaxMessage(e.getOriginalMessage())));
        } catch (JacksonException e) {
            // beyond the reader's limits (nesting depth, length of a number or a text): refused as they are
            throw UnusableInputException.of(new InputProblem(name, 0, 0, null,
                    say("超出读取限制：", "beyond the reader's limits: ") + syntaxMessage(e.getOriginalMessage())));
        } catch (NumberFormatException e) {
            // a number whose exponent is beyond the decimal reader's limits: the parser throws it unwrapped
            throw UnusableInputException.of(new InputProblem(name, 0, 0, null,
                    say("超出读取限制：数值过大", "beyond the reader's limits: a number too large to read")));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull() || !tree.isObject()) {
            throw UnusableInputException.of(new InputProblem(name, 1, 1, "",
                    say("文件应为一个对象（一份披露文档）", "the file must hold one object (a disclosure)")));
        }
        SourceLocations locations = SourceLocations.scan(mapper, content);
        List<InputProblem> problems = new ArrayList<>();
        for (SchemaCheck.Violation v : schema.join().check(tree)) {
            int[] at = locations.at(v.pointer());
            problems.add(new InputProblem(name, at[0], at[1], v.pointer(), v.message()));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
            throw new UnusableInputException(problems);
        }
        try {
            Disclosure disclosure = mapper.readerFor(Disclosure.class)
                    .withAttribute(UnitScopes.ATTRIBUTE, UnitScopes.of(tree))
                    .readValue(tree);
            List<InputProblem> implausible = implausible(disclosure, name, locations);
            if (!implausible.isEmpty()) {
                throw new UnusableInputException(implausible);
            }
            return disclosure;
        } catch (DatabindException e) {
            String pointer = pointerOf(e);
            int[] at = locations.at(pointer);
            throw UnusableInputException.of(new InputProblem(name, at[0], at[1], pointer, rootMessage(e)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw UnusableInputException.of(new InputProblem(name, 0, 0, null, e.getMessage()));
        }
    }

    /** The ids of the profiles Gongkai ships, read once when a document is first checked. */
    private static final class KnownProfiles {
        static final List<String> IDS = ProfileLibrary.standard().all().stream()
                .map(org.gongkai.model.profile.TemplateProfile::id).toList();
    }

    /** The earliest and latest year of a date in a document: any budget lies well within them. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    /**
     * What binds but cannot be a document: a profile Gongkai does not know (the rules could not
     * check it and publishing could not lay it out) and dates outside any budget's years.
     */
    private List<InputProblem> implausible(Disclosure d, String name, SourceLocations locations) {
        List<InputProblem> problems = new ArrayList<>();
        String profile = d.document().profile();
        if (!KnownProfiles.IDS.contains(profile)) {
            int[] at = locations.at("/document/profile");
            problems.add(new InputProblem(name, at[0], at[1], "/document/profile",
                    say("未知的模板配置“" + profile + "”（可用：" + String.join("、", KnownProfiles.IDS) + "）",
                            "unknown profile '" + profile + "' (known: " + String.join(", ", KnownProfiles.IDS) + ")")));
        }
        java.util.Map<String, java.time.LocalDate> dates = new java.util.LinkedHashMap<>();
        dates.put("/document/approvedOn", d.document().approvedOn());
        dates.put("/document/publishedOn", d.document().publishedOn());
        dates.put("/document/dataAsOf", d.document().dataAsOf());
        dates.forEach((pointer, date) -> {
            if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
                int[] at = locations.at(pointer);
                problems.add(new InputProblem(name, at[0], at[1], pointer,
                        say("日期 " + date + " 不在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 年之间",
                                "the date " + date + " is not between the years " + FIRST_YEAR + " and " + LAST_YEAR)));
            }
        });
        return problems;
    }

    /** Writes the canonical text of a disclosure. */
    public String write(Disclosure disclosure, CanonicalFormat format) {
        ObjectMapper mapper = mapper(format);
        JsonNode tree = mapper.valueToTree(disclosure);
        bareNumbers(tree, UnitScopes.ofWritten(tree), "");
        return mapper.writeValueAsString(tree);
    }

    /** Writes the canonical file, whole or not at all (written beside it, then moved into place). */
    public void write(Disclosure disclosure, Path file) {
        CanonicalFormat format = CanonicalFormat.of(file).orElse(CanonicalFormat.YAML);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path staging = parent.resolve("." + file.getFileName() + ".part");
            Files.writeString(staging, write(disclosure, format), StandardCharsets.UTF_8);
            Files.move(staging, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String say(String zh, String en) {
        return english ? en : zh;
    }

    /** A parser's message without the echo of the source lines it points into. */
    private static String syntaxMessage(String message) {
        if (message == null) {
            return "";
        }
        return message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("in reader") && !l.equals("^") && !l.startsWith("at [Source"))
                .filter(l -> !l.matches("^\\^+$"))
                .reduce((a, b) -> a + "; " + b)
                .orElse(message)
                .replaceAll("; [^;]*\\^\\s*", "; ");
    }

    private ObjectMapper mapper(CanonicalFormat format) {
        return format == CanonicalFormat.YAML ? yaml : json;
    }

    /**
     * Amounts were written marked and with their unit; where the unit is the one in scope keep just
     * the number, elsewhere the number with its unit.
     */
    private static void bareNumbers(JsonNode node, UnitScopes scopes, String pointer) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            for (String name : names) {
                JsonNode child = object.get(name);
                String at = pointer + "/" + UnitScopes.escape(name);
                if (child.isString() && child.asString().startsWith(ModelModule.AMOUNT_MARK)) {
                    Amount amount = amountIn(child.asString().substring(ModelModule.AMOUNT_MARK.length()));
                    object.set(name, scopes.at(at).orElse(null) == amount.unit()
                            ? JsonNodeFactory.instance.numberNode(amount.value())
                            : JsonNodeFactory.instance.stringNode(amount.value().toPlainString() + amount.unit().symbol()));
                } else {
                    bareNumbers(child, scopes, at);
                }
            }
        } else if (node.isArray()) {
            int i = 0;
            for (Iterator<JsonNode> it = node.iterator(); it.hasNext(); i++) {
                bareNumbers(it.next(), scopes, pointer + "/" + i);
            }
        }
    }

    private static final java.util.regex.Pattern WRITTEN_AMOUNT =
            java.util.regex.Pattern.compile("^(-?[0-9]+(?:\\.[0-9]+)?)(元|千元|万元|亿元)$");

    private static Amount amountIn(String text) {
        java.util.regex.Matcher m = WRITTEN_AMOUNT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return new Amount(new java.math.BigDecimal(m.group(1)), MoneyUnit.fromSymbol(m.group(2)).orElseThrow());
    }

    private static String pointerOf(DatabindException e) {
        StringBuilder s = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                s.append('/').append(UnitScopes.escape(ref.getPropertyName()));
            } else if (ref.getIndex() >= 0) {
                s.append('/').append(ref.getIndex());
            }
        }
        return s.toString();
    }

    private static String rootMessage(JacksonException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t instanceof JacksonException je ? je.getOriginalMessage() : t.getMessage();
        return m == null ? e.getOriginalMessage() : m;
    }
}
