import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { map, type Observable } from 'rxjs';
import { PolicyReads } from '../access/policy-reads';
import { type Authentication, viewerOf } from '../caller';
import { ServedField } from './served-field';

/** The served field of each resolution in progress, keyed by its resolve info (one per field and path). */
const servedFields = new WeakMap<GraphQLResolveInfo, ServedField>();

/** The `ServedField` the interceptor opened for this resolution; undefined unless the method is `@PersonalData()`. */
export function servedFieldOf(info: GraphQLResolveInfo): ServedField | undefined {
  return servedFields.get(info);
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * Opens a `ServedField` for each resolution of a `@PersonalData()` field (UNAUTHENTICATED first, before anything is
 * read, when the request has no valid token) and, once the resolver answers, refuses an
 * answer that holds anything when the resolver never asked the policy: a field that skipped it fails closed.
 */
@Injectable()
export class ServePersonalData implements NestInterceptor {
  constructor(private readonly reads: PolicyReads) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const graphql = GqlExecutionContext.create(context);
    const info = graphql.getInfo<GraphQLResolveInfo>();
    const viewer = viewerOf(graphql.getContext<{ auth?: Authentication }>().auth);
    const served = new ServedField(this.reads, info, viewer);
    servedFields.set(info, served);
    return next.handle().pipe(
      map((answer: unknown) => {
        if (!served.asked && !isEmpty(answer)) {
          throw new GraphQLError(`${served.action} answered without asking the access policy`, {
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          });
        }
        return answer;
      }),
    );
  }
}
