package dev.aicoder.review;

import dev.aicoder.review.AiOutputs.Documentation;
import dev.aicoder.review.AiOutputs.Explanation;
import dev.aicoder.review.AiOutputs.RefactorOutput;
import dev.aicoder.review.AiOutputs.ReviewOutput;
import dev.aicoder.review.AiOutputs.SuggestionNotes;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The LangChain4j AI services of this package. An instance is built per call and model
 * ({@link AiServicesFactory}) without chat memory, so nothing of one call, user or tenant reaches another.
 */
public interface CodeReviewer {

    @SystemMessage(Prompts.REVIEW_SYSTEM)
    @UserMessage(Prompts.REVIEW_USER)
    ReviewOutput review(@V("language") String language, @V("known") String known, @V("fence") String fence,
            @V("code") String code);

    @SystemMessage(Prompts.EXPLAIN_SYSTEM)
    @UserMessage(Prompts.CODE_USER)
    Explanation explain(@V("task") String task, @V("language") String language, @V("fence") String fence,
            @V("code") String code);

    @SystemMessage(Prompts.DOCS_SYSTEM)
    @UserMessage(Prompts.CODE_USER)
    Documentation document(@V("task") String task, @V("language") String language, @V("fence") String fence,
            @V("code") String code);

    @SystemMessage(Prompts.REFACTOR_SYSTEM)
    @UserMessage(Prompts.CODE_USER)
    RefactorOutput refactor(@V("task") String task, @V("language") String language, @V("fence") String fence,
            @V("code") String code);

    @SystemMessage(Prompts.SUGGESTIONS_SYSTEM)
    @UserMessage(Prompts.SUGGESTIONS_USER)
    SuggestionNotes explainSuggestions(@V("fence") String fence, @V("code") String suggestions);
}
