"""initial schema: every record of DESIGN.md

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 04:10:30.520382
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=40), nullable=True),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('seq', name='seq')
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_event_record', ['record_type', 'record_id'], unique=False)

    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('controller_name', sa.String(length=200), nullable=False),
    sa.Column('contact_role', sa.String(length=200), nullable=False),
    sa.Column('address_lines', sa.Text(), nullable=False),
    sa.Column('postcode', sa.String(length=20), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('country_code', sa.String(length=2), nullable=False),
    sa.Column('contact_email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('dpo_contact', sa.String(length=300), nullable=False),
    sa.Column('signatory_name', sa.String(length=200), nullable=False),
    sa.Column('signatory_title', sa.String(length=200), nullable=False),
    sa.Column('ccpa_applies', sa.Boolean(), nullable=False),
    sa.Column('default_language', sa.String(length=5), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_organisation_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=20), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('age_band', sa.String(length=20), nullable=True),
    sa.Column('customer_id', sa.String(length=64), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('erased_at', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('reference', name=op.f('uq_person_reference'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_last_name'), ['last_name'], unique=False)

    op.create_table('contact_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('value', sa.String(length=320), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_contact_point_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_point'))
    )
    with op.batch_alter_table('contact_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_point_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_point_value'), ['value'], unique=False)

    op.create_table('held_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('collected_on', sa.Date(), nullable=True),
    sa.Column('retention_rule', sa.String(length=300), nullable=False),
    sa.Column('retention_end', sa.Date(), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_held_item_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_held_item'))
    )
    with op.batch_alter_table('held_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_held_item_person_id'), ['person_id'], unique=False)

    op.create_table('marketing_choice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=40), nullable=False),
    sa.Column('opted_in', sa.Boolean(), nullable=False),
    sa.Column('changed_at', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_marketing_choice_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_marketing_choice'))
    )
    with op.batch_alter_table('marketing_choice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_marketing_choice_person_id'), ['person_id'], unique=False)

    op.create_table('postal_address',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=40), nullable=False),
    sa.Column('recipient', sa.String(length=300), nullable=False),
    sa.Column('lines', sa.Text(), nullable=False),
    sa.Column('postcode', sa.String(length=20), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('country_code', sa.String(length=2), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_postal_address_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_postal_address'))
    )
    with op.batch_alter_table('postal_address', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_postal_address_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_postal_address_postcode'), ['postcode'], unique=False)

    op.create_table('processor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('legal_name', sa.String(length=300), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('country_code', sa.String(length=2), nullable=False),
    sa.Column('contact', sa.String(length=300), nullable=False),
    sa.Column('dpo_contact', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('ccpa_role', sa.String(length=40), nullable=True),
    sa.Column('service', sa.Text(), nullable=False),
    sa.Column('purposes', sa.Text(), nullable=False),
    sa.Column('data_categories', sa.Text(), nullable=False),
    sa.Column('people_categories', sa.Text(), nullable=False),
    sa.Column('countries', sa.Text(), nullable=False),
    sa.Column('retention', sa.Text(), nullable=False),
    sa.Column('security_measures', sa.Text(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('data_returned_or_deleted_on', sa.Date(), nullable=True),
    sa.Column('next_review', sa.Date(), nullable=True),
    sa.Column('to_complete', sa.Boolean(), nullable=False),
    sa.Column('dpa_signed_on', sa.Date(), nullable=True),
    sa.Column('dpa_expires_on', sa.Date(), nullable=True),
    sa.Column('dpa_document_id', sa.Integer(), nullable=True),
    sa.Column('art28_terms', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['dpa_document_id'], ['attachment.id'], name=op.f('fk_processor_dpa_document_id_attachment'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['parent_id'], ['processor.id'], name=op.f('fk_processor_parent_id_processor'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_processor'))
    )
    with op.batch_alter_table('processor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_processor_parent_id'), ['parent_id'], unique=False)

    op.create_table('request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=20), nullable=False),
    sa.Column('kinds', sa.Text(), nullable=False),
    sa.Column('channel', sa.String(length=40), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('writer_name', sa.String(length=300), nullable=False),
    sa.Column('writer_address', sa.Text(), nullable=False),
    sa.Column('writer_country', sa.String(length=2), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('scan_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('regimes', sa.Text(), nullable=False),
    sa.Column('extended', sa.Boolean(), nullable=False),
    sa.Column('gdpr_due', sa.Date(), nullable=True),
    sa.Column('ccpa_due', sa.Date(), nullable=True),
    sa.Column('due_rule', sa.Text(), nullable=False),
    sa.Column('identity_asked_on', sa.Date(), nullable=True),
    sa.Column('identity_received_on', sa.Date(), nullable=True),
    sa.Column('identity_method', sa.String(length=200), nullable=False),
    sa.Column('identity_result', sa.String(length=40), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_request_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['scan_id'], ['attachment.id'], name=op.f('fk_request_scan_id_attachment'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request')),
    sa.UniqueConstraint('reference', name=op.f('uq_request_reference'))
    )
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_gdpr_due'), ['gdpr_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_status'), ['status'], unique=False)

    op.create_table('correction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(length=100), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_correction_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_correction_request_id_request'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_correction'))
    )
    with op.batch_alter_table('correction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_correction_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_correction_request_id'), ['request_id'], unique=False)

    op.create_table('erasure_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_reference', sa.String(length=20), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('erased_at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_erasure_record_request_id_request'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_erasure_record'))
    )
    op.create_table('letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('pdf_id', sa.Integer(), nullable=True),
    sa.Column('posted_on', sa.Date(), nullable=True),
    sa.Column('registered', sa.Boolean(), nullable=False),
    sa.Column('tracking_number', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['pdf_id'], ['attachment.id'], name=op.f('fk_letter_pdf_id_attachment'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_letter_request_id_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter'))
    )
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_request_id'), ['request_id'], unique=False)

    op.create_table('processing_activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('purposes', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.String(length=100), nullable=False),
    sa.Column('data_categories', sa.Text(), nullable=False),
    sa.Column('people_categories', sa.Text(), nullable=False),
    sa.Column('recipient_ids', sa.Text(), nullable=False),
    sa.Column('retention', sa.Text(), nullable=False),
    sa.Column('security_measures', sa.Text(), nullable=False),
    sa.Column('joint_controller_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['joint_controller_id'], ['processor.id'], name=op.f('fk_processing_activity_joint_controller_id_processor'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_processing_activity'))
    )
    op.create_table('request_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_request_event_request_id_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_event'))
    )
    with op.batch_alter_table('request_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_event_request_id'), ['request_id'], unique=False)

    op.create_table('transfer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('exporter', sa.String(length=300), nullable=False),
    sa.Column('importer_id', sa.Integer(), nullable=True),
    sa.Column('importer_name', sa.String(length=300), nullable=False),
    sa.Column('destination_country', sa.String(length=2), nullable=False),
    sa.Column('data_categories', sa.Text(), nullable=False),
    sa.Column('legal_ground', sa.String(length=40), nullable=False),
    sa.Column('scc_module', sa.String(length=20), nullable=False),
    sa.Column('assessment', sa.Text(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=True),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['importer_id'], ['processor.id'], name=op.f('fk_transfer_importer_id_processor'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer'))
    )
    with op.batch_alter_table('transfer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_importer_id'), ['importer_id'], unique=False)
    # The trail is append-only: the store itself refuses edits and deletions.
    op.execute(
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    with op.batch_alter_table('transfer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transfer_importer_id'))

    op.drop_table('transfer')
    with op.batch_alter_table('request_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_event_request_id'))

    op.drop_table('request_event')
    op.drop_table('processing_activity')
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_request_id'))

    op.drop_table('letter')
    op.drop_table('erasure_record')
    with op.batch_alter_table('correction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_correction_request_id'))
        batch_op.drop_index(batch_op.f('ix_correction_person_id'))

    op.drop_table('correction')
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_status'))
        batch_op.drop_index(batch_op.f('ix_request_received_on'))
        batch_op.drop_index(batch_op.f('ix_request_person_id'))
        batch_op.drop_index(batch_op.f('ix_request_gdpr_due'))

    op.drop_table('request')
    with op.batch_alter_table('processor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_processor_parent_id'))

    op.drop_table('processor')
    with op.batch_alter_table('postal_address', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_postal_address_postcode'))
        batch_op.drop_index(batch_op.f('ix_postal_address_person_id'))

    op.drop_table('postal_address')
    with op.batch_alter_table('marketing_choice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_marketing_choice_person_id'))

    op.drop_table('marketing_choice')
    with op.batch_alter_table('held_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_held_item_person_id'))

    op.drop_table('held_item')
    with op.batch_alter_table('contact_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_point_value'))
        batch_op.drop_index(batch_op.f('ix_contact_point_person_id'))

    op.drop_table('contact_point')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_last_name'))
        batch_op.drop_index(batch_op.f('ix_person_customer_id'))

    op.drop_table('person')
    op.drop_table('organisation')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_event_record')
        batch_op.drop_index(batch_op.f('ix_audit_event_at'))

    op.drop_table('audit_event')
    op.drop_table('attachment')
