package nl.puntwijs.core.complex;

import java.util.List;
import java.util.stream.Collectors;

/** A complex whose data prevents valuing it; the messages say what and where. */
public final class OngeldigComplexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Complexmelding> fouten;

    public OngeldigComplexException(List<Complexmelding> fouten) {
        super(fouten.stream().map(Complexmelding::toString).collect(Collectors.joining("; ")));
        this.fouten = List.copyOf(fouten);
    }

    public List<Complexmelding> fouten() {
        return fouten;
    }
}
