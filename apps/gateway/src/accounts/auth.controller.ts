import { Body, Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { Public } from '@app/auth';
import { THROTTLE_CONFIG, ThrottleConfig } from '../gateway.env';
import { clientInfoOf } from './client-info';
import { SignInDto, SignUpDto } from './dto/sign-up.dto';
import { SignInUseCase } from './use-cases/sign-in.use-case';
import { SignUpUseCase } from './use-cases/sign-up.use-case';

@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly signUp: SignUpUseCase,
    private readonly signIn: SignInUseCase,
    @Inject(THROTTLE_CONFIG) private readonly network: Pick<ThrottleConfig, 'trustedProxyHops'>,
  ) {}

  @Public()
  @Post('signup')
  @HttpCode(201)
  signup(@Body() dto: SignUpDto, @Req() request: FastifyRequest) {
    return this.signUp.execute(dto, clientInfoOf(request, this.network.trustedProxyHops));
  }

  @Public()
  @Post('signin')
  @HttpCode(200)
  signin(@Body() dto: SignInDto, @Req() request: FastifyRequest) {
    return this.signIn.execute(dto, clientInfoOf(request, this.network.trustedProxyHops));
  }
}
