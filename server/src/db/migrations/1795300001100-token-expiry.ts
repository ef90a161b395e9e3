import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { col } from "./columns";

/** An API token may expire (`npm run token -- create … --expires`): the instant after which it is refused; null never. */
export class TokenExpiry1795300001100 implements MigrationInterface {
  name = "TokenExpiry1795300001100";

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn("api_token", new TableColumn(col.varchar("expires_at", 30, true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn("api_token", "expires_at");
  }
}
