import type { Viewer } from '@samsyn/auth';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, CommandIdArg, CommandReceipt, JourneyCommandSender, OpenJourneyInput } from '@samsyn/subgraph';

@Resolver()
export class OpenJourneyMutation {
  constructor(private readonly commands: JourneyCommandSender) {}

  @Mutation(() => CommandReceipt, {
    description:
      'Opens a person’s journey under a random id; a retry with the same commandId answers with the same journey',
  })
  openJourney(
    @Args('input') input: OpenJourneyInput,
    @CurrentViewer() viewer: Viewer,
    @CommandIdArg() commandId?: string,
  ): Promise<CommandReceipt> {
    return this.commands.open({ ...input }, viewer, commandId);
  }
}
