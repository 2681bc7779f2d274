package org.gongkai.disclosure;

import java.util.Optional;
import java.util.function.Function;
import org.gongkai.model.Amount;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Figure;

/**
 * The key figures a statement states in its prose, as a golden names them: where each is kept in
 * the model read. A figure the reader did not read is empty, never zero.
 */
public enum StatementFigure {
    INCOME_TOTAL(d -> d.overview() == null || d.overview().income() == null ? null : d.overview().income().total()),
    EXPENDITURE_TOTAL(d -> d.overview() == null || d.overview().expenditure() == null ? null
            : d.overview().expenditure().total()),
    BASIC(d -> d.overview() == null || d.overview().expenditure() == null ? null : d.overview().expenditure().basic()),
    PROJECT(d -> d.overview() == null || d.overview().expenditure() == null ? null
            : d.overview().expenditure().project()),
    OPERATING_COSTS(d -> d.operatingCosts() == null ? null : d.operatingCosts().total()),
    THREE_PUBLIC_TOTAL(d -> d.threePublic() == null ? null : d.threePublic().total()),
    THREE_PUBLIC_ABROAD(d -> d.threePublic() == null ? null : d.threePublic().abroad()),
    THREE_PUBLIC_VEHICLES(d -> d.threePublic() == null ? null : d.threePublic().vehicles()),
    THREE_PUBLIC_VEHICLE_PURCHASE(d -> d.threePublic() == null ? null : d.threePublic().vehiclePurchase()),
    THREE_PUBLIC_VEHICLE_RUNNING(d -> d.threePublic() == null ? null : d.threePublic().vehicleRunning()),
    THREE_PUBLIC_RECEPTION(d -> d.threePublic() == null ? null : d.threePublic().reception()),
    PROCUREMENT_TOTAL(d -> d.procurement() == null ? null : d.procurement().total());

    private final Function<Disclosure, Figure> figure;

    StatementFigure(Function<Disclosure, Figure> figure) {
        this.figure = figure;
    }

    /** The amount as read, if the reader read it. */
    public Optional<Amount> in(Disclosure disclosure) {
        return Optional.ofNullable(figure.apply(disclosure)).map(Figure::amount);
    }
}
