import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Role } from "./roles";

/** An API token. Only the SHA-256 of the token is stored. */
@Entity("api_token")
export class ApiToken {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "varchar", length: 100 }) name: string;
  @Column({ type: "varchar", length: 64 }) tokenHash: string;
  @Column({ type: "varchar", length: 10 }) role: Role;
  @Column({ type: "integer", nullable: true }) municipalityId: number | null;
  @Column({ type: "varchar", length: 30 }) createdAt: string;
  @Column({ type: "varchar", length: 30, nullable: true }) revokedAt: string | null;
  /** When it stops working (ISO instant); null: never. */
  @Column({ type: "varchar", length: 30, nullable: true }) expiresAt: string | null;
}
