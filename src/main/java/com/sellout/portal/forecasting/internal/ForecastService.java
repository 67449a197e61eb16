package com.sellout.portal.forecasting.internal;

import java.util.List;

import com.sellout.portal.forecasting.ForecastAccuracy;
import com.sellout.portal.forecasting.ForecastChange;
import com.sellout.portal.forecasting.ForecastRequest;
import com.sellout.portal.forecasting.SalesForecast;
import com.sellout.portal.forecasting.SalesForecasts;
import com.sellout.portal.forecasting.SellInPlan;
import com.sellout.portal.forecasting.TrackRecord;
import com.sellout.portal.forecasting.internal.RequestedScope.Resolved;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forecasts for the caller's scope (row-level security applies in every query):
 * checks what the request names, then answers from the stored forecasts or fits now.
 */
@Service
class ForecastService implements SalesForecasts {

	private final RequestedScope scope;

	private final ForecastAnswers answers;

	private final SellInPlans plans;

	private final ForecastLists lists;

	private final SumReads sums;

	private final SumChecks checks;

	ForecastService(RequestedScope scope, ForecastAnswers answers, SellInPlans plans, ForecastLists lists,
			SumReads sums, SumChecks checks) {
		this.scope = scope;
		this.answers = answers;
		this.plans = plans;
		this.lists = lists;
		this.sums = sums;
		this.checks = checks;
	}

	@Override
	@Transactional(readOnly = true)
	public SalesForecast forecast(ForecastRequest request) {
		Resolved resolved = scope.resolve(request.distributorId(), request.sku(), request.groupId());
		return answers.forecast(request, resolved, scope.codes());
	}

	@Override
	@Transactional(readOnly = true)
	public SellInPlan sellIn(ForecastRequest request) {
		Resolved resolved = scope.resolve(request.distributorId(), request.sku(), request.groupId());
		return plans.plan(request, resolved, scope.codes());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ForecastChange> largestChanges(@Nullable Long distributorId, int limit) {
		return lists.largestChanges(scope.distributor(distributorId), limit);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ForecastAccuracy> worstErrors(@Nullable Long distributorId, int limit) {
		return lists.worstErrors(scope.distributor(distributorId), limit);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TrackRecord> trackRecord(ForecastRequest request) {
		Resolved resolved = scope.resolve(request.distributorId(), request.sku(), request.groupId());
		if (!resolved.single() && checks.valid(resolved, SumChecks.Use.TRACK) != null) {
			return sums.track(resolved);
		}
		return lists.trackRecord(resolved, null);
	}

}
