import { Column, EventSubscriber, type EntitySubscriberInterface, type InsertEvent, type ObjectLiteral, type UpdateEvent } from "typeorm";
import { nameKey } from "../common/names";

/** For each entity class: which property holds the key (common/names.ts) of which other property. */
const keyedProperties = new Map<Function, { key: string; source: string }[]>();

/**
 * A stored sort and search key (`nameKey(entity[source])`): every `ORDER BY` a name and every search
 * uses it. `NameKeySubscriber` keeps it in step on every insert and update, whoever writes the row
 * (services, seeds, imports); its migration adds the column with `COLLATE "C"` on PostgreSQL.
 */
export function NameKeyColumn(source: string, options: { nullable?: boolean } = {}): PropertyDecorator {
  return (target, property) => {
    Column({ type: "varchar", length: 400, nullable: options.nullable ?? false })(target, property);
    const list = keyedProperties.get(target.constructor) ?? [];
    list.push({ key: String(property), source });
    keyedProperties.set(target.constructor, list);
  };
}

/** The key properties of an entity class: derived data, left out of audit snapshots. */
export function nameKeyProperties(entityClass: Function): Set<string> {
  return new Set((keyedProperties.get(entityClass) ?? []).map((k) => k.key));
}

function fill(target: Function | string, entity: ObjectLiteral | undefined): void {
  if (!entity || typeof target === "string") return;
  for (const { key, source } of keyedProperties.get(target) ?? []) {
    const value = entity[source];
    if (typeof value === "string") entity[key] = nameKey(value);
    else if (value === null) entity[key] = null;
  }
}

@EventSubscriber()
export class NameKeySubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    fill(event.metadata.target, event.entity);
  }
  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    fill(event.metadata.target, event.entity);
  }
}
