import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { AuthenticatedCustomer, CurrentCustomer } from '@app/auth';
import { AppError, PageQuery } from '@app/contracts';
import { ListSessionsUseCase } from './use-cases/list-sessions.use-case';
import { RevokeSessionUseCase } from './use-cases/revoke-session.use-case';
import { SignOutUseCase } from './use-cases/sign-out.use-case';

/** A malformed id is as unknown as someone else's: 404 either way. */
const sessionId = new ParseUUIDPipe({
  exceptionFactory: () => AppError.notFound('session_not_found', 'No such session.'),
});

@Controller('v1/auth')
export class SessionsController {
  constructor(
    private readonly signOut: SignOutUseCase,
    private readonly listSessions: ListSessionsUseCase,
    private readonly revokeSession: RevokeSessionUseCase,
  ) {}

  @Post('signout')
  @HttpCode(204)
  signout(@CurrentCustomer() auth: AuthenticatedCustomer): Promise<void> {
    return this.signOut.execute(auth);
  }

  @Get('sessions')
  sessions(@CurrentCustomer() auth: AuthenticatedCustomer, @Query() query: PageQuery) {
    return this.listSessions.execute(auth, query);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  revoke(
    @CurrentCustomer() auth: AuthenticatedCustomer,
    @Param('id', sessionId) id: string,
  ): Promise<void> {
    return this.revokeSession.execute(auth, id);
  }
}
