package org.gongkai.model;

import java.util.List;

/**
 * 收入说明: the total income as stated, under the document's own name for it
 * (财政拨款预算收入, 收入预算), and its parts by source.
 */
public record Income(String totalLabel, Figure total, List<IncomeLine> sources, String note) {

    public Income {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
