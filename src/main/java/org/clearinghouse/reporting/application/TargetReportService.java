package org.clearinghouse.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.alumni.application.OfficialsTrainedService;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.reporting.domain.TargetReportRepository;
import org.clearinghouse.requests.application.RequestFieldPolicy;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.targets.application.TargetReport;
import org.clearinghouse.targets.application.TargetReports;
import org.clearinghouse.targets.application.TargetService;
import org.clearinghouse.targets.application.TargetView;

/**
 * What serves a target. Every signed-in account reads targets; the requests listed are those the reader may see
 * (the secretariat all, a recipient its State's, a donor validated ones), with their commitments.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TargetReportService implements TargetReports {

    @Inject
    TargetReportRepository serving;

    @Inject
    TargetService targets;

    @Inject
    OfficialsTrainedService trained;

    @Override
    public TargetReport report(Caller caller, long id) {
        TargetView target = targets.get(caller, id);
        List<AssistanceRequest> requests = serving.findRequestsServing(id).stream()
                .filter(r -> RequestFieldPolicy.mayRead(caller, r))
                .toList();
        List<Long> requestIds = requests.stream().map(AssistanceRequest::getId).toList();
        List<Commitment> commitments = serving.findCommitmentsNotCancelledTo(requestIds);
        return new TargetReport(
                target,
                requests.stream()
                        .map(r -> new TargetReport.ServingRequest(
                                r.getId(),
                                r.getTitle(),
                                r.getRecipientState().getCode(),
                                r.getArea().name(),
                                r.getStatus().name(),
                                r.getAmountUsd()))
                        .toList(),
                commitments.stream()
                        .map(c -> new TargetReport.ServingCommitment(
                                c.getId(),
                                c.getRequest().getId(),
                                c.getOffer().getId(),
                                c.getOffer().donorCode(),
                                c.getAmountUsd(),
                                c.getStatus().name(),
                                c.getDisbursedUsd(),
                                c.getProgressPercent(),
                                c.getAchievedOutputs(),
                                c.getCompletionDate() == null
                                        ? null
                                        : c.getCompletionDate().toString(),
                                c.getResultsStatement()))
                        .toList(),
                requests.stream().mapToLong(AssistanceRequest::getAmountUsd).sum(),
                commitments.stream().mapToLong(Commitment::getAmountUsd).sum(),
                commitments.stream().mapToLong(Commitment::getDisbursedUsd).sum(),
                (int) commitments.stream()
                        .filter(c -> c.getStatus() == CommitmentStatus.COMPLETED)
                        .count(),
                trained.servingTarget(target.state(), target.region(), target.area(), target.targetYear()));
    }
}
