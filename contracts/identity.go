// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IdentityMetaData contains all meta data concerning the Identity contract.
var IdentityMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"management\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotManager\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"purpose\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"keyType\",\"type\":\"uint256\"}],\"name\":\"KeyAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"purpose\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"keyType\",\"type\":\"uint256\"}],\"name\":\"KeyRemoved\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"purpose\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"keyType\",\"type\":\"uint256\"}],\"name\":\"addKey\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"purpose\",\"type\":\"uint256\"}],\"name\":\"keyHasPurpose\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"purpose\",\"type\":\"uint256\"}],\"name\":\"removeKey\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Identity",
	Bin: "0x6080604052348015600e575f5ffd5b5060405161033e38038061033e833981016040819052602b9160a8565b604080516001600160a01b03831660208201525f910160408051601f1981840301815282825280516020918201205f81815280835283812060018083529352928320805460ff191683179055935091829184917f480000bb1edad8ca1470381cc334b1917fbd51c6531f3a623ea8e0ec7e38a6e99190a4505060d3565b5f6020828403121560b7575f5ffd5b81516001600160a01b038116811460cc575f5ffd5b9392505050565b61025e806100e05f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80631d3812401461004357806353d413c51461006a578063d202158d1461007d575b5f5ffd5b6100566100513660046101df565b610090565b604051901515815260200160405180910390f35b610056610078366004610208565b6100ef565b61005661008b366004610208565b61014b565b5f61009961018e565b5f84815260208181526040808320868452909152808220805460ff19166001179055518391859187917f480000bb1edad8ca1470381cc334b1917fbd51c6531f3a623ea8e0ec7e38a6e991a45060019392505050565b5f6100f861018e565b5f83815260208181526040808320858452909152808220805460ff1916905551600191849186917f585a4aef50f8267a92b32412b331b20f7f8b96f2245b253b9cc50dcc621d339791a450600192915050565b5f828152602081815260408083206001845290915281205460ff168061018757505f8381526020818152604080832085845290915290205460ff165b9392505050565b604080513360208201526101ba910160405160208183030381529060405280519060200120600161014b565b6101dd57604051632a19e83360e01b815233600482015260240160405180910390fd5b565b5f5f5f606084860312156101f1575f5ffd5b505081359360208301359350604090920135919050565b5f5f60408385031215610219575f5ffd5b5050803592602090910135915056fea26469706673582212200cb265c6e454f39c5d1c3958766fa483b43b2edab8139735281752860988d91864736f6c63430008250033",
}

// Identity is an auto generated Go binding around an Ethereum contract.
type Identity struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Identity) GetABI() abi.ABI {
	return c.abi
}

// NewIdentity creates a new instance of Identity.
func NewIdentity() *Identity {
	parsed, err := IdentityMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Identity{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Identity) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address management) returns()
func (identity *Identity) PackConstructor(management common.Address) []byte {
	enc, err := identity.abi.Pack("", management)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d381240.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addKey(bytes32 key, uint256 purpose, uint256 keyType) returns(bool)
func (identity *Identity) PackAddKey(key [32]byte, purpose *big.Int, keyType *big.Int) []byte {
	enc, err := identity.abi.Pack("addKey", key, purpose, keyType)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d381240.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addKey(bytes32 key, uint256 purpose, uint256 keyType) returns(bool)
func (identity *Identity) TryPackAddKey(key [32]byte, purpose *big.Int, keyType *big.Int) ([]byte, error) {
	return identity.abi.Pack("addKey", key, purpose, keyType)
}

// UnpackAddKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d381240.
//
// Solidity: function addKey(bytes32 key, uint256 purpose, uint256 keyType) returns(bool)
func (identity *Identity) UnpackAddKey(data []byte) (bool, error) {
	out, err := identity.abi.Unpack("addKey", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackKeyHasPurpose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd202158d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyHasPurpose(bytes32 key, uint256 purpose) view returns(bool)
func (identity *Identity) PackKeyHasPurpose(key [32]byte, purpose *big.Int) []byte {
	enc, err := identity.abi.Pack("keyHasPurpose", key, purpose)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyHasPurpose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd202158d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyHasPurpose(bytes32 key, uint256 purpose) view returns(bool)
func (identity *Identity) TryPackKeyHasPurpose(key [32]byte, purpose *big.Int) ([]byte, error) {
	return identity.abi.Pack("keyHasPurpose", key, purpose)
}

// UnpackKeyHasPurpose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd202158d.
//
// Solidity: function keyHasPurpose(bytes32 key, uint256 purpose) view returns(bool)
func (identity *Identity) UnpackKeyHasPurpose(data []byte) (bool, error) {
	out, err := identity.abi.Unpack("keyHasPurpose", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRemoveKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53d413c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeKey(bytes32 key, uint256 purpose) returns(bool)
func (identity *Identity) PackRemoveKey(key [32]byte, purpose *big.Int) []byte {
	enc, err := identity.abi.Pack("removeKey", key, purpose)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53d413c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeKey(bytes32 key, uint256 purpose) returns(bool)
func (identity *Identity) TryPackRemoveKey(key [32]byte, purpose *big.Int) ([]byte, error) {
	return identity.abi.Pack("removeKey", key, purpose)
}

// UnpackRemoveKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x53d413c5.
//
// Solidity: function removeKey(bytes32 key, uint256 purpose) returns(bool)
func (identity *Identity) UnpackRemoveKey(data []byte) (bool, error) {
	out, err := identity.abi.Unpack("removeKey", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// IdentityKeyAdded represents a KeyAdded event raised by the Identity contract.
type IdentityKeyAdded struct {
	Key     [32]byte
	Purpose *big.Int
	KeyType *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityKeyAddedEventName = "KeyAdded"

// ContractEventName returns the user-defined event name.
func (IdentityKeyAdded) ContractEventName() string {
	return IdentityKeyAddedEventName
}

// UnpackKeyAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyAdded(bytes32 indexed key, uint256 indexed purpose, uint256 indexed keyType)
func (identity *Identity) UnpackKeyAddedEvent(log *types.Log) (*IdentityKeyAdded, error) {
	event := "KeyAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identity.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityKeyAdded)
	if len(log.Data) > 0 {
		if err := identity.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identity.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityKeyRemoved represents a KeyRemoved event raised by the Identity contract.
type IdentityKeyRemoved struct {
	Key     [32]byte
	Purpose *big.Int
	KeyType *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityKeyRemovedEventName = "KeyRemoved"

// ContractEventName returns the user-defined event name.
func (IdentityKeyRemoved) ContractEventName() string {
	return IdentityKeyRemovedEventName
}

// UnpackKeyRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyRemoved(bytes32 indexed key, uint256 indexed purpose, uint256 indexed keyType)
func (identity *Identity) UnpackKeyRemovedEvent(log *types.Log) (*IdentityKeyRemoved, error) {
	event := "KeyRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identity.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityKeyRemoved)
	if len(log.Data) > 0 {
		if err := identity.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identity.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (identity *Identity) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], identity.abi.Errors["NotManager"].ID.Bytes()[:4]) {
		return identity.UnpackNotManagerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IdentityNotManager represents a NotManager error raised by the Identity contract.
type IdentityNotManager struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotManager(address account)
func IdentityNotManagerErrorID() common.Hash {
	return common.HexToHash("0x2a19e8334b6a3f97ab73fe2bd710aeacb9ac9eb186b24a7110e633fdc01c7a2d")
}

// UnpackNotManagerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotManager(address account)
func (identity *Identity) UnpackNotManagerError(raw []byte) (*IdentityNotManager, error) {
	out := new(IdentityNotManager)
	if err := identity.abi.UnpackIntoInterface(out, "NotManager", raw); err != nil {
		return nil, err
	}
	return out, nil
}
