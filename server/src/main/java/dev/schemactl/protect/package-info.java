/**
 * Protected mode: schemactl as its own principal. The server's own config file ({@link dev.schemactl.protect.ServerConfig})
 * holds the targets (database URLs with their credentials, policies, allowed_signers) and the agents' bearer token
 * hashes; nothing an agent sends can select or loosen any of it. Refused plans wait in the {@link
 * dev.schemactl.protect.PlanStore} until a human's SSH signatures approve them, and then run once.
 */
package dev.schemactl.protect;
