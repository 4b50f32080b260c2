package ticketinsights.closure;

import java.io.Serializable;

/**
 * One cue found in one message: its kind ({@link Cue}), the lexicon it came from, where it is
 * in the text the detector read, the words matched, and whether a veto cancelled it.
 *
 * @param vetoReason null unless {@code vetoed}
 */
public record CueHit(String cue, String language, int start, int end, String matched,
                     boolean vetoed, String vetoReason) implements Serializable {

    CueHit veto(String reason) {
        return vetoed ? this : new CueHit(cue, language, start, end, matched, true, reason);
    }

    CueHit as(String kind) {
        return new CueHit(kind, language, start, end, matched, vetoed, vetoReason);
    }

    boolean counts() {
        return !vetoed;
    }

    boolean overlaps(CueHit other) {
        return start < other.end && other.start < end;
    }
}
