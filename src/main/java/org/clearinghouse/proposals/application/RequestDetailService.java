package org.clearinghouse.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.application.ExternalCommitmentService;
import org.clearinghouse.commitments.application.ExternalCommitmentView;
import org.clearinghouse.commitments.domain.CommitmentRepository;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalRepository;
import org.clearinghouse.requests.application.RequestService;
import org.clearinghouse.requests.application.RequestView;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.errors.AccessDeniedException;

/**
 * The detail of one request for its recipient State (and the secretariat): no donor, no other State (403; an
 * unknown request 404).
 */
@ApplicationScoped
public class RequestDetailService {

    @Inject
    ProposalRepository proposalRepository;

    @Inject
    CommitmentRepository commitmentRepository;

    @Inject
    RequestService requests;

    @Inject
    ExternalCommitmentService external;

    @Transactional(Transactional.TxType.SUPPORTS)
    public RequestDetailView detail(Caller caller, long requestId) {
        caller.requireAnyRole(Role.RECIPIENT, Role.SECRETARIAT);
        RequestView request = requests.get(caller, requestId);
        if (caller.is(Role.RECIPIENT) && !caller.isRecipientOf(request.state())) {
            throw new AccessDeniedException("You may not see request " + requestId + ".");
        }
        Party reader = caller.isSecretariat() ? Party.SECRETARIAT : Party.RECIPIENT;
        List<Proposal> proposals = proposalRepository.findCurrentForRequest(requestId);
        Map<Long, Proposal> byCommitment = proposals.stream()
                .filter(p -> p.getCommitment() != null)
                .collect(Collectors.toMap(p -> p.getCommitment().getId(), Function.identity(), (a, b) -> a));
        List<CommitmentView> commitments = commitmentRepository.findByRequest(requestId).stream()
                .map(c -> CommitmentView.of(c, byCommitment.get(c.getId())))
                .toList();
        List<ExternalCommitmentView> recorded = external.list(caller, request.state()).stream()
                .filter(e -> e.requestId() != null && e.requestId() == requestId)
                .toList();
        return new RequestDetailView(
                request, proposals.stream().map(p -> ProposalView.of(p, reader)).toList(), commitments, recorded);
    }
}
