import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Topic } from '@app/contracts';
import {
  AppProcess,
  eventually,
  HttpClient,
  HttpResult,
  KafkaProbe,
  spawnApp,
  startTestSystem,
  TestSystem,
} from '@app/testing';
import { OrderingProfiles } from '../../apps/gateway/src/accounts/ordering-profile';
import { Customer } from '../../apps/gateway/src/accounts/persistence/customer.entity';

const PASSWORD = 'a long enough secret';

/** Every test signs in from its own documentation-range address, so throttles stay apart. */
let ipCounter = 0;
const nextIp = () => {
  ipCounter += 1;
  return `198.51.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
};
const from = (ip: string, token?: string, userAgent?: string) => ({
  token,
  headers: { 'x-forwarded-for': ip, ...(userAgent ? { 'user-agent': userAgent } : {}) },
});

interface Account {
  token: string;
  customerId: string;
  email: string;
  ip: string;
}

/** SPEC §3 end to end: two gateway replicas on one database, real Kafka and PostgreSQL. */
describe('accounts, sessions and settings', () => {
  let system: TestSystem;
  let http: HttpClient;
  /** A second replica with short session limits (idle 3 s, absolute 6 s). */
  let replica: AppProcess;
  let replicaHttp: HttpClient;
  let probe: KafkaProbe;
  const issuedTokens: string[] = [];

  const signUp = async (overrides: Record<string, unknown> = {}): Promise<Account> => {
    const ip = nextIp();
    const email = `${randomUUID()}@example.test`;
    const res = await http.post(
      '/v1/auth/signup',
      { email, password: PASSWORD, name: 'Test Customer', ...overrides },
      from(ip, undefined, 'test-phone/1.0'),
    );
    if (res.status !== 201) throw new Error(`signup: ${res.status} ${JSON.stringify(res.body)}`);
    issuedTokens.push(res.body.session.token);
    return { token: res.body.session.token, customerId: res.body.customer.id, email, ip };
  };

  const signIn = async (
    client: HttpClient,
    email: string,
    password: string,
    ip: string,
    userAgent?: string,
  ): Promise<HttpResult> => {
    const res = await client.post(
      '/v1/auth/signin',
      { email, password },
      from(ip, undefined, userAgent),
    );
    if (res.status === 200) issuedTokens.push(res.body.token);
    return res;
  };

  const patchMe = (token: string, body: unknown) =>
    http.request<Record<string, unknown>>('PATCH', '/v1/me', body, { token });

  beforeAll(async () => {
    // A small sign-up limit keeps its test short; every other test signs up from its own IP.
    system = await startTestSystem({
      apps: ['gateway'],
      env: { gateway: { SIGNUP_LIMIT_PER_IP: '5' } },
    });
    http = system.http;
    const db = system.databases.gateway!;
    replica = await spawnApp('gateway', {
      DATABASE_URL: db.url,
      KAFKA_GROUP_ID: `test-gateway-replica-${randomUUID()}`,
      SESSION_IDLE_TIMEOUT_SECONDS: '3',
      SESSION_ABSOLUTE_TIMEOUT_SECONDS: '6',
    });
    replicaHttp = new HttpClient(replica.baseUrl);
    probe = new KafkaProbe();
    await Promise.all([replica.waitReady(), probe.listen([Topic.Customers])]);
  });

  afterAll(async () => {
    await probe?.close();
    await replica?.stop();
    await system?.stop();
  });

  describe('sign-up', () => {
    it('normalises email and phone, opens a session and publishes customer.registered', async () => {
      const local = randomUUID();
      const res = await http.post(
        '/v1/auth/signup',
        {
          email: `  ${local.toUpperCase()}@Example.TEST `,
          password: PASSWORD,
          name: ' Ada ',
          phone: '+49 (151) 1234-5678',
        },
        from(nextIp()),
      );
      expect(res.status).toBe(201);
      expect(res.body.customer).toMatchObject({
        email: `${local}@example.test`,
        name: 'Ada',
        phone: '+4915112345678',
      });
      expect(res.body.customer).not.toHaveProperty('passwordHash');
      // 32 random bytes as base64url: 43 characters.
      expect(res.body.session.token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
      expect(Date.parse(res.body.session.expiresAt)).toBeGreaterThan(Date.now());
      issuedTokens.push(res.body.session.token);

      const event = await probe.waitFor(Topic.Customers, (m) => m.key === res.body.customer.id);
      expect(event.json()).toMatchObject({
        type: 'customer.registered',
        data: { email: `${local}@example.test`, phone: '+4915112345678' },
      });
      expect(event.value).not.toMatch(/argon2|password|token/i);
      expect(event.value).not.toContain(res.body.session.token);
    });

    it('refuses an email that differs only in case with 409 email_taken', async () => {
      const { email } = await signUp();
      const res = await http.post(
        '/v1/auth/signup',
        { email: email.toUpperCase(), password: PASSWORD, name: 'Twin' },
        from(nextIp()),
      );
      expect(res.status).toBe(409);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 409, code: 'email_taken' });
    });

    it.each([
      ['a short password', { password: 'short9' }, 'password'],
      ['a common password', { password: 'Password123' }, 'password'],
      ['a password longer than 128 characters', { password: 'x7'.repeat(65) }, 'password'],
      [
        'the email as password',
        { email: 'grace@example.test', password: 'grace@example.test' },
        'password',
      ],
      ['a bad email', { email: 'not-an-email' }, 'email'],
      ['a phone not in E.164', { phone: '0151 12345678' }, 'phone'],
      ['an unknown field', { isAdmin: true }, 'isAdmin'],
    ])('rejects %s with 400 naming the field', async (_, overrides, field) => {
      const res = await http.post(
        '/v1/auth/signup',
        { email: `${randomUUID()}@example.test`, password: PASSWORD, name: 'X', ...overrides },
        from(nextIp()),
      );
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('creates exactly one account from 20 parallel sign-ups with the same email', async () => {
      const email = `${randomUUID()}@example.test`;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          http.post(
            '/v1/auth/signup',
            { email: i % 2 ? email.toUpperCase() : email, password: PASSWORD, name: `Racer ${i}` },
            from(nextIp()),
          ),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      const pg = new Client({ connectionString: system.databases.gateway!.url });
      await pg.connect();
      try {
        const { rows } = await pg.query(
          'SELECT count(*)::int AS n FROM customers WHERE email = $1',
          [email],
        );
        expect(rows[0].n).toBe(1);
      } finally {
        await pg.end();
      }
    });

    it('limits sign-ups per IP with 429 and Retry-After', async () => {
      const ip = nextIp();
      const attempt = () =>
        http.post(
          '/v1/auth/signup',
          { email: `${randomUUID()}@example.test`, password: PASSWORD, name: 'Bulk' },
          from(ip),
        );
      const first = await Promise.all(Array.from({ length: 5 }, attempt));
      expect(first.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      const over = await attempt();
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  describe('sign-in', () => {
    it('signs in case-insensitively and returns token, expiry and customer', async () => {
      const { email, customerId } = await signUp();
      const res = await signIn(http, ` ${email.toUpperCase()} `, PASSWORD, nextIp());
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ customer: { id: customerId, email } });
      expect((await http.get('/v1/me', { token: res.body.token })).status).toBe(200);
    });

    it('answers a wrong password and an unknown email identically, in similar time', async () => {
      const { email } = await signUp();
      const strip = (r: HttpResult) => ({ ...r.body, requestId: undefined });
      const timed = async (e: string) => {
        const started = performance.now();
        const res = await signIn(http, e, 'the wrong password!', nextIp());
        return { res, ms: performance.now() - started };
      };
      const wrong: { res: HttpResult; ms: number }[] = [];
      const unknown: { res: HttpResult; ms: number }[] = [];
      for (let i = 0; i < 6; i += 1) {
        wrong.push(await timed(email));
        unknown.push(await timed(`${randomUUID()}@example.test`));
      }
      for (const { res } of [...wrong, ...unknown]) {
        expect(res.status).toBe(401);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(strip(res)).toEqual(strip(wrong[0]!.res));
      }
      expect(wrong[0]!.res.body.code).toBe('invalid_credentials');
      const median = (xs: { ms: number }[]) => xs.map((x) => x.ms).sort((a, b) => a - b)[3]!;
      // Both paths run one argon2 verification; without it the unknown email is ~100x faster.
      expect(median(unknown)).toBeGreaterThan(median(wrong) / 3);
      expect(median(unknown)).toBeLessThan(median(wrong) * 3);
    });

    it('blocks one IP guessing one account, but not the customer elsewhere', async () => {
      const { email, ip: homeIp } = await signUp();
      const attacker = nextIp();
      for (let i = 0; i < 5; i += 1) {
        // What the client writes left of the ingress's entry is ignored: rotating it is no use.
        const spoofed = `10.9.8.${i}, ${attacker}`;
        expect((await signIn(http, email, `guess number ${i}!`, spoofed)).status).toBe(401);
      }
      // Even the right password is refused from the guessing IP while the window lasts.
      const blocked = await signIn(http, email, PASSWORD, attacker);
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('content-type')).toContain('application/problem+json');
      expect(blocked.body.code).toBe('too_many_attempts');
      const retryAfter = Number(blocked.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect((await signIn(http, email, PASSWORD, homeIp)).status).toBe(200);
      expect((await signIn(http, email, PASSWORD, nextIp())).status).toBe(200);
    });

    it('throttles a botnet on one account only briefly for new devices, never for known ones', async () => {
      const { email, ip: homeIp } = await signUp();
      const bots = Array.from({ length: 5 }, nextIp);
      await Promise.all(
        bots.map(async (bot) => {
          for (let i = 0; i < 4; i += 1) await signIn(http, email, `bot guess ${i}!!`, bot);
        }),
      );
      const newDevice = await signIn(http, email, PASSWORD, nextIp());
      expect(newDevice.status).toBe(429);
      // The account-wide window is 5 minutes: a customer waits at most that long.
      expect(Number(newDevice.headers.get('retry-after'))).toBeLessThanOrEqual(5 * 60);
      expect((await signIn(http, email, PASSWORD, homeIp)).status).toBe(200);
    });

    it('blocks one IP spraying passwords over many accounts', async () => {
      const sprayer = nextIp();
      const results = await Promise.all(
        Array.from({ length: 30 }, () =>
          signIn(http, `${randomUUID()}@example.test`, 'spray password 1', sprayer),
        ),
      );
      expect(results.every((r) => r.status === 401)).toBe(true);
      const { email } = await signUp();
      const blocked = await signIn(http, email, PASSWORD, sprayer);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  describe('session tokens', () => {
    it('refuses missing, forged and signed-out tokens with 401', async () => {
      expect((await http.get('/v1/me')).body).toMatchObject({ status: 401, code: 'missing_token' });
      const forged = await http.get('/v1/me', { token: 'A'.repeat(43) });
      expect(forged.status).toBe(401);
      expect(forged.body.code).toBe('invalid_token');

      const { token } = await signUp();
      const out = await http.post('/v1/auth/signout', undefined, { token });
      expect(out.status).toBe(204);
      expect((await http.get('/v1/me', { token })).status).toBe(401);
      expect((await http.post('/v1/auth/signout', undefined, { token })).status).toBe(401);
    });

    it('expires a session after the idle timeout and after the absolute one', async () => {
      const { email } = await signUp();
      const idle = await signIn(replicaHttp, email, PASSWORD, nextIp());
      const busy = await signIn(replicaHttp, email, PASSWORD, nextIp());
      expect((await replicaHttp.get('/v1/me', { token: idle.body.token })).status).toBe(200);
      const started = Date.now();
      // Used every 250 ms, so never idle: only the 6 s absolute limit can end it.
      const busyEnded = eventually(
        async () => (await replicaHttp.get('/v1/me', { token: busy.body.token })).status === 401,
        { timeoutMs: 10_000, intervalMs: 250, what: 'the absolute expiry' },
      ).then(() => Date.now() - started);
      // Idleness cannot be polled for without ending it: wait out the 3 s idle limit once.
      await new Promise((r) => setTimeout(r, 3_500));
      expect((await replicaHttp.get('/v1/me', { token: idle.body.token })).status).toBe(401);
      const busyMs = await busyEnded;
      expect(busyMs).toBeGreaterThan(4_500);
      expect(busyMs).toBeLessThan(8_000);
    });

    it('honours a revocation on the other gateway replica within 5 seconds', async () => {
      const { email } = await signUp();
      const { body } = await signIn(http, email, PASSWORD, nextIp());
      expect((await replicaHttp.get('/v1/me', { token: body.token })).status).toBe(200);
      expect((await http.get('/v1/me', { token: body.token })).status).toBe(200);
      const revokedAt = Date.now();
      expect((await http.post('/v1/auth/signout', undefined, { token: body.token })).status).toBe(
        204,
      );
      expect((await http.get('/v1/me', { token: body.token })).status).toBe(401);
      await eventually(
        async () => (await replicaHttp.get('/v1/me', { token: body.token })).status === 401,
        { timeoutMs: 5_000, intervalMs: 100, what: 'the replica to refuse the revoked token' },
      );
      expect(Date.now() - revokedAt).toBeLessThan(5_000);
    });
  });

  describe('session management', () => {
    it('lists active sessions with device, times and the current one, page by page', async () => {
      const { email, token: phoneToken } = await signUp();
      const laptop = await signIn(http, email, PASSWORD, nextIp(), 'test-laptop/2.0');
      const gone = await signIn(http, email, PASSWORD, nextIp(), 'test-old-tablet/0.1');
      await http.post('/v1/auth/signout', undefined, { token: gone.body.token });

      const list = await http.get('/v1/auth/sessions', { token: laptop.body.token });
      expect(list.status).toBe(200);
      expect(list.body.nextCursor).toBeNull();
      expect(list.body.items).toHaveLength(2);
      const [newest, oldest] = list.body.items;
      expect(newest).toMatchObject({ userAgent: 'test-laptop/2.0', current: true });
      expect(oldest).toMatchObject({ userAgent: 'test-phone/1.0', current: false });
      for (const s of list.body.items) {
        expect(Object.keys(s).sort()).toEqual(
          ['createdAt', 'current', 'expiresAt', 'id', 'ip', 'lastUsedAt', 'userAgent'].sort(),
        );
        expect(Date.parse(s.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(s.createdAt));
      }
      const first = await http.get('/v1/auth/sessions?limit=1', { token: phoneToken });
      expect(first.body.items[0].id).toBe(newest.id);
      const second = await http.get(`/v1/auth/sessions?limit=1&cursor=${first.body.nextCursor}`, {
        token: phoneToken,
      });
      expect(second.body.items.map((s: { id: string }) => s.id)).toEqual([oldest.id]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('revokes one of my sessions, and 404s on anyone else’s', async () => {
      const me = await signUp();
      const other = await signUp();
      const laptop = await signIn(http, me.email, PASSWORD, nextIp(), 'test-laptop/2.0');
      const mine = await http.get('/v1/auth/sessions', { token: me.token });
      const laptopSession = mine.body.items.find((s: { current: boolean }) => !s.current);
      const theirs = await http.get('/v1/auth/sessions', { token: other.token });
      const theirSession = theirs.body.items[0];
      expect(theirs.body.items).toHaveLength(1);
      expect(mine.body.items.map((s: { id: string }) => s.id)).not.toContain(theirSession.id);

      for (const id of [theirSession.id, randomUUID(), 'not-a-uuid']) {
        const res = await http.request('DELETE', `/v1/auth/sessions/${id}`, undefined, {
          token: me.token,
        });
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      }
      expect((await http.get('/v1/me', { token: other.token })).status).toBe(200);

      const revoked = await http.request(
        'DELETE',
        `/v1/auth/sessions/${laptopSession.id}`,
        undefined,
        {
          token: me.token,
        },
      );
      expect(revoked.status).toBe(204);
      expect((await http.get('/v1/me', { token: laptop.body.token })).status).toBe(401);
      expect((await http.get('/v1/me', { token: me.token })).status).toBe(200);
    });
  });

  describe('settings', () => {
    const settings = {
      name: 'Grace Hopper',
      phone: '+14155550123',
      preferredContactChannel: 'sms',
      preferredPaymentMethod: 'card',
      defaultAddress: {
        line1: '1 Navy Way',
        city: 'Arlington',
        postcode: '22201',
        lat: 38.87,
        lng: -77.1,
      },
      dietaryRestrictions: ['vegetarian', 'gluten_free'],
      allergensToAvoid: ['peanuts', 'milk'],
      notificationPreferences: { promotions: true, sms: true },
    };

    it('updates every setting, reads it back and tells ordering', async () => {
      const { token, customerId } = await signUp();
      const res = await patchMe(token, settings);
      expect(res.status).toBe(200);
      const expected = {
        ...settings,
        dietaryRestrictions: ['gluten_free', 'vegetarian'],
        allergensToAvoid: ['milk', 'peanuts'],
        notificationPreferences: {
          orderUpdates: true,
          promotions: true,
          push: true,
          email: true,
          sms: true,
        },
      };
      expect(res.body).toMatchObject(expected);
      expect((await http.get('/v1/me', { token })).body).toMatchObject(expected);

      const event = await probe.waitFor(
        Topic.Customers,
        (m) => m.key === customerId && m.json().type === 'customer.updated',
      );
      expect(event.json().data).toEqual({
        customerId,
        changed: [
          'name',
          'phone',
          'preferredContactChannel',
          'preferredPaymentMethod',
          'defaultAddress',
          'dietaryRestrictions',
          'allergensToAvoid',
          'notificationPreferences',
        ],
        at: expect.any(String),
      });
      expect(event.value).not.toContain('Navy Way');

      // The seam ordering reads: one lookup on the gateway's database.
      const ds = await new DataSource({
        type: 'postgres',
        url: system.databases.gateway!.url,
        entities: [Customer],
      }).initialize();
      try {
        const profile = await new OrderingProfiles(ds.getRepository(Customer)).get(customerId);
        expect(profile).toEqual({
          defaultAddress: settings.defaultAddress,
          dietaryRestrictions: ['gluten_free', 'vegetarian'],
          allergensToAvoid: ['milk', 'peanuts'],
          preferredPaymentMethod: 'card',
        });
        expect(await new OrderingProfiles(ds.getRepository(Customer)).get(randomUUID())).toEqual({
          defaultAddress: null,
          dietaryRestrictions: [],
          allergensToAvoid: [],
          preferredPaymentMethod: null,
        });
      } finally {
        await ds.destroy();
      }
    });

    it('clears with null, names only what changed, and emits nothing for a no-op', async () => {
      const { token, customerId } = await signUp();
      await patchMe(token, settings);
      const res = await patchMe(token, { phone: null, defaultAddress: null, name: 'Grace Hopper' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ phone: null, defaultAddress: null, name: 'Grace Hopper' });
      const updates = () =>
        probe
          .messages(Topic.Customers)
          .filter((m) => m.key === customerId && m.json().type === 'customer.updated');
      await eventually(() => updates().length === 2, { what: 'two customer.updated events' });
      expect(updates()[1]!.json().data.changed).toEqual(['phone', 'defaultAddress']);
      expect((await patchMe(token, { name: 'Grace Hopper' })).status).toBe(200);
      // Same key, same partition: once this later change is out, the no-op had its chance.
      await patchMe(token, { preferredContactChannel: 'push' });
      await eventually(() => updates().length === 3, { what: 'the third customer.updated' });
      expect(updates()[2]!.json().data.changed).toEqual(['preferredContactChannel']);
    });

    it.each([
      ['an unknown allergen', { allergensToAvoid: ['chocolate'] }, 'allergensToAvoid'],
      ['an unknown diet', { dietaryRestrictions: ['carnivore'] }, 'dietaryRestrictions'],
      [
        'an address without coordinates',
        { defaultAddress: { line1: 'x', city: 'y' } },
        'defaultAddress.lat',
      ],
      ['an unknown field', { role: 'admin' }, 'role'],
      [
        'an unknown nested field',
        { notificationPreferences: { pigeon: true } },
        'notificationPreferences.pigeon',
      ],
      ['a null name', { name: null }, 'name'],
      ['a bad phone', { phone: '12345' }, 'phone'],
      ['a bad payment method', { preferredPaymentMethod: 'iou' }, 'preferredPaymentMethod'],
    ])('rejects %s with 400 naming the field', async (_, body, field) => {
      const { token } = await signUp();
      const res = await patchMe(token, body);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((res.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    });

    it('stores SQL metacharacters in every string field verbatim', async () => {
      const nasty = `Robert'); DROP TABLE customers;-- "x" \\ %_ $1 ;`;
      const email = `o'brien+%_${randomUUID().slice(0, 8)}@example.test`;
      const res = await http.post(
        '/v1/auth/signup',
        { email, password: `${nasty} pw`, name: nasty },
        from(nextIp()),
      );
      expect(res.status).toBe(201);
      const token = res.body.session.token;
      const address = {
        line1: nasty,
        line2: `' OR '1'='1`,
        city: `"; SELECT pg_sleep(5);--`,
        postcode: `%'--`,
        lat: 0,
        lng: 0,
      };
      await patchMe(token, { defaultAddress: address });
      const me = await http.get('/v1/me', { token });
      expect(me.body).toMatchObject({ email, name: nasty, defaultAddress: address });
      expect((await signIn(http, email, `${nasty} pw`, nextIp())).status).toBe(200);
    });
  });

  describe('password change', () => {
    it('revokes every other session, keeps the current one and swaps the password', async () => {
      const { email, token: current, customerId } = await signUp();
      const other = await signIn(http, email, PASSWORD, nextIp());
      const onReplica = await signIn(replicaHttp, email, PASSWORD, nextIp());
      expect((await replicaHttp.get('/v1/me', { token: onReplica.body.token })).status).toBe(200);
      const res = await http.request(
        'PUT',
        '/v1/me/password',
        { currentPassword: PASSWORD, newPassword: 'an even longer secret' },
        { token: current },
      );
      expect(res.status).toBe(204);
      expect((await http.get('/v1/me', { token: current })).status).toBe(200);
      expect((await http.get('/v1/me', { token: other.body.token })).status).toBe(401);
      await eventually(
        async () =>
          (await replicaHttp.get('/v1/me', { token: onReplica.body.token })).status === 401,
        { timeoutMs: 5_000, what: 'the replica to refuse the revoked session' },
      );
      expect((await signIn(http, email, PASSWORD, nextIp())).status).toBe(401);
      expect((await signIn(http, email, 'an even longer secret', nextIp())).status).toBe(200);
      const event = await probe.waitFor(
        Topic.Customers,
        (m) => m.key === customerId && m.json().type === 'customer.updated',
      );
      expect(event.json().data.changed).toEqual(['password']);
      expect(event.value).not.toMatch(/argon2|secret/);
    });

    it('refuses a wrong current password and a weak new one, naming the field', async () => {
      const { token } = await signUp();
      const put = (body: unknown) => http.request('PUT', '/v1/me/password', body, { token });
      const wrong = await put({
        currentPassword: 'not the password',
        newPassword: 'an even longer secret',
      });
      expect(wrong.status).toBe(403);
      expect(wrong.body.errors[0].field).toBe('currentPassword');
      const weak = await put({ currentPassword: PASSWORD, newPassword: 'qwertyuiop' });
      expect(weak.status).toBe(400);
      expect(weak.body.errors[0].field).toBe('newPassword');
      const extra = await put({
        currentPassword: PASSWORD,
        newPassword: 'an even longer secret',
        x: 1,
      });
      expect(extra.status).toBe(400);
      expect((await http.get('/v1/me', { token })).status).toBe(200);
    });
  });

  describe('transport', () => {
    it('answers a 1 MB body with 413 problem+json', async () => {
      const res = await http.post(
        '/v1/auth/signup',
        { email: 'big@example.test', password: PASSWORD, name: 'x'.repeat(1024 * 1024) },
        from(nextIp()),
      );
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 413, code: 'payload_too_large' });
    });

    it('never writes a session token or password hash to the logs', async () => {
      const lines = [...system.app('gateway').lines(), ...replica.lines()].join('\n');
      expect(issuedTokens.length).toBeGreaterThan(20);
      for (const token of issuedTokens) expect(lines).not.toContain(token);
      expect(lines).not.toMatch(/\$argon2id\$/);
      expect(lines).not.toContain(PASSWORD);
    });
  });
});
