package org.gongkai.model;

/**
 * 财政拨款“三公”经费 of a 决算 against their 预算, as the statement gives them: the total and each item with
 * its 年初预算, 决算, completion rate and the reason for the difference, the 会议费 and 培训费 some templates
 * add, and the counts the statement gives (团组, 人次, vehicles bought and held, reception batches).
 * Last year's figures and the changes against them stay in {@link ThreePublicExpenses}.
 */
public record ThreePublicOutturn(
        Outturn total,
        Outturn abroad,
        Outturn vehicles,
        Outturn vehiclePurchase,
        Outturn vehicleRunning,
        Outturn reception,
        Outturn meetings,
        Outturn training,
        Integer abroadGroups,
        Integer abroadPersonTrips,
        Integer vehiclesPurchased,
        Integer vehiclesHeld,
        Integer receptionBatches,
        Integer receptionPersonTrips) {}
