package org.gongkai.model;

/**
 * 财政拨款"三公"经费: 因公出国(境)费, 公务用车购置及运行费 (split into 购置 and 运行), 公务接待费, and
 * their total, each with last year, change and reason as stated.
 *
 * @param vehicles the 公务用车 subtotal under the document's label ({@code vehiclesLabel}, e.g.
 *                 公务用车运行维护费 or 公务用车购置及运行费)
 */
public record ThreePublicExpenses(
        Figure total,
        Figure abroad,
        String vehiclesLabel,
        Figure vehicles,
        Figure vehiclePurchase,
        Figure vehicleRunning,
        Figure reception,
        String note) {}
