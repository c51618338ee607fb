import type { MethodName, MethodOutput, ParsedInput } from '../../shared/api.ts';
import type { Session } from './session.ts';

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  session: Session,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** One area's handlers: a subset of the contract. */
export type HandlerGroup = Partial<Handlers>;
