package dev.aicoder.analysis.architecture.model;

import java.util.List;

/**
 * Code that branches on the runtime type or a type code of a value (an OCP smell): an {@code instanceof} chain,
 * a pattern switch, a switch on {@code getClass()} or on a kind/type code.
 *
 * @param form {@code instanceof-chain}, {@code pattern-switch}, {@code class-switch} or {@code kind-switch}
 * @param discriminator what is switched on, as written (e.g. {@code shape} or {@code getKind()})
 * @param cases the types or type codes distinguished
 */
public record TypeSwitch(String method, int line, String form, String discriminator, List<String> cases) {

    public TypeSwitch {
        cases = List.copyOf(cases);
    }
}
