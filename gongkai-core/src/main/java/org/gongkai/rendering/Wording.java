package org.gongkai.rendering;

import org.gongkai.model.Amount;
import org.gongkai.model.Change;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Figure;

/** How the statement words numbers: amounts as stated, changes as 增加/减少/持平. */
final class Wording {

    private Wording() {}

    /** An amount as the statement states it: 756.96万元, 0万元, 17192万元. */
    static String money(Amount a) {
        return a == null ? "" : a.plain() + a.unit().symbol();
    }

    /** The change of a figure against last year, as a clause: 比上年增加0.06万元 / 与上年持平; empty when not stated. */
    static String change(Figure f, int fiscalYear, boolean sayYear) {
        if (f == null || f.change() == null) {
            return "";
        }
        Change c = f.change();
        String against = sayYear ? "较" + (fiscalYear - 1) + "年预算" : "比上年";
        if (c.direction() == ChangeDirection.FLAT) {
            return sayYear ? "与" + (fiscalYear - 1) + "年预算持平" : "与上年持平";
        }
        return against + c.direction().word() + money(c.amount());
    }

    static String chineseNumber(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        if (n <= 10) {
            return digits[n];
        }
        if (n < 20) {
            return "十" + digits[n - 10];
        }
        return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
    }

    static String date(java.time.LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
