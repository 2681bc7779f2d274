package org.gongkai.server.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.gongkai.model.Amount;
import org.gongkai.workflow.Workflow;
import org.springframework.stereotype.Component;

/** The formats the templates call as {@code @fmt}: sums, days in Beijing time, file sizes. */
@Component("fmt")
public class PageFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String money(Amount amount) {
        return Money.format(amount);
    }

    public String money(BigDecimal value) {
        return Money.format(value);
    }

    /** An exact decimal written as text (the charts' data), printed like any sum. */
    public String exact(String value) {
        return value == null ? "—" : Money.format(new BigDecimal(value));
    }

    public String day(Instant at) {
        return at == null ? "—" : DAY.format(at.atZone(Workflow.ZONE));
    }

    public String day(LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }

    public String minute(Instant at) {
        return at == null ? "—" : MINUTE.format(at.atZone(Workflow.ZONE));
    }

    public String size(long bytes) {
        return Money.size(bytes);
    }
}
