import { Button, Table } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';

/** The header's button that adds a new entry to a register. */
export function AddEntryButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onClick}>
      {label}
    </Button>
  );
}

/** A row's last cell: "Upravit", named for screen readers with the entry it edits. */
export function EditEntryCell({
  label,
  entryName,
  onClick,
}: {
  label: string;
  entryName: string;
  onClick: () => void;
}) {
  return (
    <Table.Td>
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconPencil size={16} aria-hidden />}
        aria-label={`${label} ${entryName}`}
        onClick={onClick}
      >
        {label}
      </Button>
    </Table.Td>
  );
}
