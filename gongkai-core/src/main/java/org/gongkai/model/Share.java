package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A stated share: 财政拨款收入2940.05万元，占99.79% (of 本年收入合计 2946.25万元). The whole is named
 * and given with the share so that the share can be checked on its own.
 *
 * @param percent the percentage as stated (99.79)
 */
public record Share(String name, Amount amount, BigDecimal percent, String wholeName, Amount whole) {

    public Share {
        Objects.requireNonNull(name, "name");
    }
}
