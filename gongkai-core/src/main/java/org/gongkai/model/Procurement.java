package org.gongkai.model;

/**
 * 政府采购预算: the statement (with its split into 货物, 工程, 服务 and the share reserved for small
 * and medium enterprises where given) and the table. An empty table keeps its note (空表列示).
 */
public record Procurement(
        String statement,
        Figure total,
        Amount goods,
        Amount works,
        Amount services,
        Amount smeReserved,
        Amount smallMicroReserved,
        ProcurementTable table) {

    public boolean isEmptyTable() {
        return table == null || table.items().isEmpty();
    }
}
