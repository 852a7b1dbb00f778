package dev.aicoder.llm;

/** A call was not made because its estimated cost does not fit a budget; the message is safe to show. */
public class BudgetExceededException extends RuntimeException {

    public BudgetExceededException(String message) {
        super(message, null, false, false);
    }
}
