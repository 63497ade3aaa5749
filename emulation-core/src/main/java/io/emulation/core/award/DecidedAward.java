package io.emulation.core.award;

import com.google.common.collect.ImmutableList;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.text.Message;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One award's decisions with what a what-if needs to keep them: who was eligible and who was
 * granted (as positions in the evaluation's list of participants of the recipient kind), the
 * holders by id, and the eligible participants' condition reasons. The bit sets are never
 * changed once built.
 *
 * @param recipient the kind of participant the award was decided for
 * @param decisions one per participant of that kind, in listing order
 * @param eligible positions of the participants whose conditions held
 * @param granted positions of the participants granted the award
 * @param holders ids of the participants granted the award
 * @param eligibleReasons the condition reasons of an eligible participant, by id
 */
record DecidedAward(ParticipantKind recipient, ImmutableList<AwardDecision> decisions,
    BitSet eligible, BitSet granted, Set<String> holders,
    Function<String, List<Message>> eligibleReasons) {}
