package org.gongkai.importing.canonical;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Amount;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.ClassificationLevel;
import org.gongkai.model.Column;
import org.gongkai.model.Comparator;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.IncomeSource;
import org.gongkai.model.IndicatorValue;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.OutturnComparison;
import org.gongkai.model.TableKind;
import org.gongkai.model.profile.SectionKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the model's values are spelled in the canonical file, kept out of the model itself:
 * amounts as numbers in the unit in scope (or "171,915,169元" with an explicit unit), units by
 * their symbol, indicator values as published ("≥90%"), enumerations in lower snake case.
 */
final class ModelModule extends SimpleModule {

    /** Marks amounts in the tree the writer builds, so that only amounts lose their unit there. */
    static final String AMOUNT_MARK = "\u0000amount:";

    private static final Pattern AMOUNT_TEXT =
            Pattern.compile("^\\s*(-?[0-9][0-9,，]*(?:\\.[0-9]+)?)\\s*(元|千元|万元|亿元)\\s*$");

    ModelModule() {
        super("gongkai-model");
        addSerializer(Amount.class, new AmountSerializer());
        addDeserializer(Amount.class, new AmountDeserializer());
        addSerializer(MoneyUnit.class, new ValueSerializer<>() {
            @Override
            public void serialize(MoneyUnit value, JsonGenerator g, SerializationContext ctxt) {
                g.writeString(value.symbol());
            }
        });
        addDeserializer(MoneyUnit.class, new ValueDeserializer<>() {
            @Override
            public MoneyUnit deserialize(JsonParser p, DeserializationContext ctxt) {
                String text = p.getValueAsString();
                return MoneyUnit.fromSymbol(text == null ? "" : text)
                        .orElseGet(() -> (MoneyUnit) ctxt.handleWeirdStringValue(
                                MoneyUnit.class, text, "not a unit of money: use 元, 万元 or 亿元"));
            }
        });
        addSerializer(IndicatorValue.class, new ValueSerializer<>() {
            @Override
            public void serialize(IndicatorValue value, JsonGenerator g, SerializationContext ctxt) {
                g.writeString(value.text());
            }
        });
        addDeserializer(IndicatorValue.class, new ValueDeserializer<>() {
            @Override
            public IndicatorValue deserialize(JsonParser p, DeserializationContext ctxt) {
                return IndicatorValue.parse(p.getValueAsString());
            }
        });
        snakeCase(ChangeDirection.class);
        snakeCase(Column.class);
        snakeCase(Comparator.class);
        snakeCase(DocumentKind.class);
        snakeCase(GovernmentLevel.class);
        snakeCase(IncomeSource.class);
        snakeCase(TableKind.class);
        snakeCase(ClassificationLevel.class);
        snakeCase(SectionKind.class);
        snakeCase(OutturnComparison.class);
    }

    static String spelling(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private <E extends Enum<E>> void snakeCase(Class<E> type) {
        addSerializer(type, new ValueSerializer<E>() {
            @Override
            public void serialize(E value, JsonGenerator g, SerializationContext ctxt) {
                g.writeString(spelling(value));
            }
        });
        addKeySerializer(type, new ValueSerializer<E>() {
            @Override
            public void serialize(E value, JsonGenerator g, SerializationContext ctxt) {
                g.writeName(spelling(value));
            }
        });
        addDeserializer(type, new ValueDeserializer<E>() {
            @Override
            public E deserialize(JsonParser p, DeserializationContext ctxt) {
                String text = p.getValueAsString();
                return parseEnum(type, text, ctxt);
            }
        });
        addKeyDeserializer(type, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                return parseEnum(type, key, ctxt);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, DeserializationContext ctxt) {
        if (text != null) {
            for (E e : type.getEnumConstants()) {
                if (spelling(e).equals(text)) {
                    return e;
                }
            }
        }
        String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(ModelModule::spelling).toList());
        return (E) ctxt.handleWeirdStringValue(type, text, "expected one of: " + allowed);
    }

    /** Writes every amount with its unit; the codec then drops the unit where it equals the scope's. */
    private static final class AmountSerializer extends ValueSerializer<Amount> {
        @Override
        public void serialize(Amount value, JsonGenerator g, SerializationContext ctxt) {
            g.writeString(AMOUNT_MARK + value.value().toPlainString() + value.unit().symbol());
        }
    }

    private static final class AmountDeserializer extends ValueDeserializer<Amount> {
        @Override
        public Amount deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal value = p.getDecimalValue();
                UnitScopes scopes = (UnitScopes) ctxt.getAttribute(UnitScopes.ATTRIBUTE);
                String pointer = p.streamReadContext().pathAsPointer().toString();
                MoneyUnit unit = scopes == null ? null : scopes.at(pointer).orElse(null);
                if (unit == null) {
                    return (Amount) ctxt.handleWeirdNumberValue(Amount.class, value,
                            "no unit declared for this amount: give document.unit or write it with its unit, e.g. \"1.6万元\"");
                }
                return new Amount(value, unit);
            }
            if (t == JsonToken.VALUE_STRING) {
                String text = p.getString();
                Matcher m = AMOUNT_TEXT.matcher(text);
                if (m.matches()) {
                    String digits = m.group(1).replace(",", "").replace("，", "");
                    return new Amount(new BigDecimal(digits), MoneyUnit.fromSymbol(m.group(2)).orElseThrow());
                }
                return (Amount) ctxt.handleWeirdStringValue(Amount.class, text,
                        "not an amount: write a number, or a number with its unit such as \"171915169元\"");
            }
            return (Amount) ctxt.handleUnexpectedToken(Amount.class, p);
        }
    }
}
