package org.gongkai.importing.xlsx;

import java.util.Map;
import org.gongkai.model.Amount;
import org.gongkai.model.Column;
import org.gongkai.model.TableRow;

/**
 * A body line of a table sheet as read: its code and name with their cells, and its amounts by
 * column with their cells. {@code codeCell} is null when the line has no code.
 */
record TableLine(String code, GridCell codeCell, GridCell nameCell, Map<Column, Amount> amounts, Map<Column, GridCell> amountCells) {

    String name() {
        return nameCell.text().strip();
    }

    /** The name with spaces removed, for recognising 合计, 收入总计 … */
    String label() {
        return nameCell.label();
    }

    TableRow row() {
        return new TableRow(code, name(), amounts);
    }
}
