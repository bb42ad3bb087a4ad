package dev.ascctl.provider;

/**
 * A service ascctl asks for text, configured in {@code config/ascctl.yaml} with its key as a secret reference: a chat
 * model ({@link ChatModel}: OpenAI-compatible or Anthropic) or a machine translator ({@link DeepL}). Shared by
 * {@code reviews draft} and {@code translate}, so there is one client per API and one way to configure it.
 */
public sealed interface Provider permits ChatModel, DeepL {
    /** Where and what, for messages (never the key). */
    String describe();
}
