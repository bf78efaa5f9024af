import { Body, Controller, Get, HttpCode, Patch, Put } from '@nestjs/common';
import { AuthenticatedCustomer, CurrentCustomer } from '@app/auth';
import { ChangePasswordDto, UpdateMeDto } from './dto/update-me.dto';
import { ChangePasswordUseCase } from './use-cases/change-password.use-case';
import { GetMeUseCase } from './use-cases/get-me.use-case';
import { UpdateMeUseCase } from './use-cases/update-me.use-case';

@Controller('v1/me')
export class MeController {
  constructor(
    private readonly getMe: GetMeUseCase,
    private readonly updateMe: UpdateMeUseCase,
    private readonly changePassword: ChangePasswordUseCase,
  ) {}

  @Get()
  me(@CurrentCustomer() auth: AuthenticatedCustomer) {
    return this.getMe.execute(auth.customerId);
  }

  @Patch()
  update(@CurrentCustomer() auth: AuthenticatedCustomer, @Body() dto: UpdateMeDto) {
    return this.updateMe.execute(auth.customerId, dto);
  }

  @Put('password')
  @HttpCode(204)
  password(
    @CurrentCustomer() auth: AuthenticatedCustomer,
    @Body() dto: ChangePasswordDto,
  ): Promise<void> {
    return this.changePassword.execute(auth, dto);
  }
}
