package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** The unit an amount is stated in: 元, 万元 or 亿元. */
public enum MoneyUnit {
    YUAN("元", BigDecimal.ONE),
    QIAN_YUAN("千元", new BigDecimal("1000")),
    WAN_YUAN("万元", new BigDecimal("10000")),
    YI_YUAN("亿元", new BigDecimal("100000000"));

    private final String symbol;
    private final BigDecimal yuan;
    private final int exponent;

    MoneyUnit(String symbol, BigDecimal yuan) {
        this.symbol = symbol;
        this.yuan = yuan;
        this.exponent = yuan.precision() - 1 - yuan.scale();
    }

    /** The symbol printed in documents: 元, 万元, 亿元. */
    public String symbol() {
        return symbol;
    }

    /** How many 元 one of this unit is. */
    public BigDecimal inYuan() {
        return yuan;
    }

    /** The power of ten one of this unit is in 元: 0 for 元, 4 for 万元, 8 for 亿元. */
    public int exponent() {
        return exponent;
    }

    public static Optional<MoneyUnit> fromSymbol(String text) {
        String s = text.strip();
        return Arrays.stream(values()).filter(u -> u.symbol.equals(s) || u.name().equalsIgnoreCase(s)).findFirst();
    }
}
