/**
 * `workspace/executeCommand` for `cablewright.openRuleDocs` (the "Show documentation for
 * <rule>" action), for clients that do not run it themselves: the server asks the client to
 * show the rule's page (`window/showDocument`), or names it in a message. A client that
 * implements the command lists it in `initializationOptions.clientCommands`, and the server
 * then leaves it alone.
 */
import { SHOW_RULE_DOCS_COMMAND } from '../core/features/index';
import { ruleById } from '../core/index';
import { tellUser, type Feature } from './context';

export const commandsFeature: Feature = {
  capabilities: (client) => (client.clientCommands.includes(SHOW_RULE_DOCS_COMMAND) ? {} : { executeCommandProvider: { commands: [SHOW_RULE_DOCS_COMMAND] } }),
  register(context) {
    if (context.client.clientCommands.includes(SHOW_RULE_DOCS_COMMAND)) return;
    context.connection.onExecuteCommand(async (params) => {
      if (params.command !== SHOW_RULE_DOCS_COMMAND) return null;
      const ruleId = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : '';
      const href = ruleById(ruleId) ? context.docs(ruleId) : undefined;
      if (!href) {
        tellUser(context.connection, 'warning', `Cablewright: there is no rule "${ruleId}".`);
        return null;
      }
      if (context.client.capabilities.window?.showDocument?.support === true) {
        const shown = await context.connection.window.showDocument({ uri: href, takeFocus: true }).catch(() => ({ success: false }));
        if (shown.success) return null;
      }
      tellUser(context.connection, 'info', `Cablewright: the documentation for ${ruleId} is at ${href}`);
      return null;
    });
  },
};
