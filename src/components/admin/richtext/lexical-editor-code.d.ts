/** Payload's Lexical editor module, which it loads lazily; next.config.mjs points this name at its file. */
declare module '@masthead/lexical-editor-code'
